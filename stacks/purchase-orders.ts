// placeholder: being written
import type { StackSettings } from "./settings";
export function purchaseOrders(_settings: StackSettings): Record<string, unknown> {
  return {};
}
