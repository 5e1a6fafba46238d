// The pulumi-sovereignty program: one Pulumi project, one stack per system of the brief
// (docs/design.md "The three systems"). Each stack's `stacks/Pulumi.<stack>.yaml` names its system
// (`pulumi-sovereignty:system`), its cloud's provider config and its zone and classification;
// this entry point loads only that system's module, so an AWS stack never loads azure-native.
//
//   helpdesk-eu          helpdesk.ts         AWS Frankfurt: ticket attachments, ticket database, EU-only backups
//   purchase-orders-br   purchase-orders.ts  Azure Brazil South: invoices with no geo-redundancy into the US
//   purchase-orders-us   purchase-orders.ts  GCP us-central1: US tax records, backups in the US
//   backup-eu            backup.ts           AWS: immutable (WORM) backups, minimum retention, cold tier after 30 days
//   violations-demo      violations-demo.ts  deliberately non-compliant raw resources (a demo, run only by name)
import { readSettings } from "./settings";

export = async (): Promise<Record<string, unknown>> => {
  const settings = readSettings();
  switch (settings.system) {
    case "helpdesk":
      return (await import("./helpdesk")).helpdesk(settings);
    case "purchase-orders":
      return (await import("./purchase-orders")).purchaseOrders(settings);
    case "backup":
      return (await import("./backup")).backup(settings);
    case "violations-demo":
      return (await import("./violations-demo")).violationsDemo();
  }
};
