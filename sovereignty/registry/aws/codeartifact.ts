// aws:codeartifact/* — CodeArtifact domains (the package store, with its key) and repositories
// (@pulumi/aws 7.48, codeartifact/domain.d.ts `DomainArgs` {domain, encryptionKey, region, tags};
// codeartifact/repository.d.ts `RepositoryArgs` {domain, repository, region, tags, upstreams, ...}).
import { always, inheritedFrom } from "../../controls/encryptionRead";
import type { TypeDeclaration } from "../types";
import { awsData } from "./shared";

const SOURCE =
  "@pulumi/aws 7.48 (codeartifact/*.d.ts); https://docs.aws.amazon.com/codeartifact/latest/ug/domain-overview.html";
const DOMAIN = "aws:codeartifact/domain:Domain";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsData({
    token: DOMAIN,
    category: "storage",
    source: SOURCE,
    identities: ["domain", "arn", "id"],
    // Every package asset of the domain's repositories: always encrypted, `encryptionKey` else the
    // AWS managed `aws/codeartifact` key.
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionKey"]) },
  }),
  awsData({
    // Packages of a repository are stored in its domain, under the domain's key.
    token: "aws:codeartifact/repository:Repository",
    category: "storage",
    source: SOURCE,
    identities: ["repository", "arn", "id"],
    encryption: { kind: "reader", read: inheritedFrom("domain", [DOMAIN]) },
  }),
];
