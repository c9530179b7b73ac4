// Validates every object of a multi-document YAML file (e.g. `kubectl kustomize` output) against
// the Kubernetes OpenAPI schemas compiled into kubernetes-models, and the ServiceMonitor CRD
// schema from @kubernetes-models/prometheus-operator. Offline. Exit 1 on any error, or on an
// apiVersion/kind with no schema unless it is listed with --no-schema GROUP.
//   node validate.mjs FILE [--no-schema postgresql.cnpg.io]...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const [file, ...rest] = process.argv.slice(2);
const noSchemaGroups = rest.filter((_, i) => rest[i - 1] === "--no-schema");

function modulePath(apiVersion, kind) {
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return `kubernetes-models/${apiVersion}/${kind}`;
}

let failures = 0;
const docs = parseAllDocuments(readFileSync(file, "utf8"));
for (const doc of docs) {
  if (doc.errors.length) {
    console.log(`YAML error: ${doc.errors[0].message}`);
    failures++;
    continue;
  }
  const obj = doc.toJS();
  if (obj == null) continue;
  const { apiVersion = "?", kind = "?" } = obj;
  const name = `${kind}/${obj.metadata?.name ?? "?"} (${apiVersion})`;
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  if (noSchemaGroups.includes(group)) {
    console.log(`SKIPPED ${name}: no schema for group ${group}`);
    continue;
  }
  let Model;
  try {
    Model = (await import(modulePath(apiVersion, kind)))[kind];
  } catch (e) {
    Model = undefined;
  }
  if (!Model) {
    console.log(`INVALID ${name}: no schema for this apiVersion and kind`);
    failures++;
    continue;
  }
  try {
    new Model(obj).validate();
    console.log(`VALID ${name}`);
  } catch (e) {
    console.log(`INVALID ${name}: ${e.message}`);
    failures++;
  }
}
console.log(`${docs.length} objects, ${failures} invalid`);
process.exit(failures ? 1 : 0);
