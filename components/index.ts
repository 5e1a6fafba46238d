// Every component. Importing this entry point loads all three providers' submodules; an AWS-only
// program imports `components/aws` (`pulumi-sovereignty/aws` once packaged) instead.
export * as aws from "./aws";
export * as azure from "./azure";
export * as gcp from "./gcp";
export {
  DataStack,
  DATA_STACK_TYPE,
  type DataStackArgs,
  type AwsDataStackArgs,
  type AzureDataStackArgs,
  type GcpDataStackArgs,
} from "./datastack";
export * from "./core";
