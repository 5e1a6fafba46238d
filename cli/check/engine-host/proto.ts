// The ResourceMonitor and Engine service stubs a program's SDK talks to, from the same
// @pulumi/pulumi (and so the same grpc-js and google-protobuf instances) as the Analyzer stubs in
// ../engine/proto.ts: messages and services must come from one copy or grpc-js rejects them.
import * as path from "node:path";
import type * as resourceGrpcTypes from "@pulumi/pulumi/proto/resource_grpc_pb";
import type * as resourceTypes from "@pulumi/pulumi/proto/resource_pb";
import type * as engineGrpcTypes from "@pulumi/pulumi/proto/engine_grpc_pb";
import type * as engineTypes from "@pulumi/pulumi/proto/engine_pb";
import type * as providerTypes from "@pulumi/pulumi/proto/provider_pb";
import type * as callbackGrpcTypes from "@pulumi/pulumi/proto/callback_grpc_pb";
import type * as callbackTypes from "@pulumi/pulumi/proto/callback_pb";

const protoDir = path.dirname(require.resolve("@pulumi/pulumi/proto/resource_grpc_pb"));

/* eslint-disable @typescript-eslint/no-require-imports */
export const resourceGrpc: typeof resourceGrpcTypes = require(path.join(protoDir, "resource_grpc_pb"));
export const resource: typeof resourceTypes = require(path.join(protoDir, "resource_pb"));
export const engineGrpc: typeof engineGrpcTypes = require(path.join(protoDir, "engine_grpc_pb"));
export const engine: typeof engineTypes = require(path.join(protoDir, "engine_pb"));
export const provider: typeof providerTypes = require(path.join(protoDir, "provider_pb"));
export const callbackGrpc: typeof callbackGrpcTypes = require(path.join(protoDir, "callback_grpc_pb"));
export const callback: typeof callbackTypes = require(path.join(protoDir, "callback_pb"));
/* eslint-enable @typescript-eslint/no-require-imports */

export type RegisterResourceRequest = resourceTypes.RegisterResourceRequest;
export type ReadResourceRequest = resourceTypes.ReadResourceRequest;
export type ResourceInvokeRequest = resourceTypes.ResourceInvokeRequest;
export type ResourceCallRequest = resourceTypes.ResourceCallRequest;
export type RegisterResourceOutputsRequest = resourceTypes.RegisterResourceOutputsRequest;
export type LogRequest = engineTypes.LogRequest;
