// The engine host: the runner's ResourceMonitor + Engine gRPC server that Pulumi programs in any
// language connect to as they connect to the engine under `pulumi preview`, and the supervision
// that makes sure a program run always ends. Usage (for a language launcher):
//
//   const host = await startEngineHost({ organization, project, stack, invoke });
//   const child = spawn(..., { env: { PULUMI_MONITOR: host.monitorAddress, PULUMI_ENGINE: host.engineAddress, … } });
//   const outcome = await superviseProgram(child, host, { timeoutMs });
//   const resources = host.records.resources();   // as the analyzer receives them
//   await host.close();
export {
  startEngineHost,
  InvokeFailure,
  type EngineHost,
  type EngineHostOptions,
  type InvokeAnswerer,
  type JsonObject,
} from "./server";
export { EngineRecords, type LogRecord, type ReadRecord } from "./records";
export { superviseProgram, type ProgramOutcome, type SuperviseOptions } from "./supervise";
