// The generated Analyzer protocol stubs, loaded from the @pulumi/pulumi the runner runs with, and
// the gRPC and protobuf runtimes *that copy* uses: credentials and Struct must come from the same
// module instances as the client class, or grpc-js and jspb reject them. @grpc/grpc-js and
// google-protobuf are @pulumi/pulumi's own dependencies, so we resolve them from there.
import * as path from "node:path";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerGrpcTypes from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as analyzerTypes from "@pulumi/pulumi/proto/analyzer_pb";
import type * as structTypes from "google-protobuf/google/protobuf/struct_pb";
import type * as emptyTypes from "google-protobuf/google/protobuf/empty_pb";

const protoDir = path.dirname(require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb"));
const fromProto = (id: string): string => require.resolve(id, { paths: [protoDir] });

/* eslint-disable @typescript-eslint/no-require-imports */
export const grpc: typeof grpcTypes = require(fromProto("@grpc/grpc-js"));
export const analyzerGrpc: typeof analyzerGrpcTypes = require(path.join(protoDir, "analyzer_grpc_pb"));
export const analyzer: typeof analyzerTypes = require(path.join(protoDir, "analyzer_pb"));
export const struct: typeof structTypes = require(fromProto("google-protobuf/google/protobuf/struct_pb"));
export const empty: typeof emptyTypes = require(fromProto("google-protobuf/google/protobuf/empty_pb"));
/* eslint-enable @typescript-eslint/no-require-imports */

export type AnalyzerClient = analyzerGrpcTypes.AnalyzerClient;
export type Struct = structTypes.Struct;
export type AnalyzeResponse = analyzerTypes.AnalyzeResponse;
export type RemediateResponse = analyzerTypes.RemediateResponse;
export type AnalyzerInfo = analyzerTypes.AnalyzerInfo;
export type AnalyzeDiagnostic = analyzerTypes.AnalyzeDiagnostic;
