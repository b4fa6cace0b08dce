/** A node of `EXPLAIN (FORMAT JSON)`'s plan tree. */
export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* walk(child);
}

/** The plan's first scan or the top node, in words: "Index Scan on appointments (…_idx)". */
export function describePlan(root: PlanNode): string {
  const scans = [...walk(root)].filter((node) => node["Relation Name"]);
  const first = scans[0];
  const top = root["Node Type"];
  if (!first) return top;
  // A bitmap heap scan names its index on the bitmap index scan below it.
  const indexName =
    first["Index Name"] ?? [...walk(first)].find((node) => node["Index Name"])?.["Index Name"];
  const index = indexName ? ` using ${indexName}` : "";
  return `${top} → ${first["Node Type"]} on ${first["Relation Name"]}${index}`;
}

/** Sequential scans over tables the caller calls large (a hot query must have none). */
export function sequentialScans(root: PlanNode, largeTables: ReadonlySet<string>): string[] {
  return [...walk(root)]
    .filter(
      (node) => node["Node Type"] === "Seq Scan" && largeTables.has(node["Relation Name"] ?? ""),
    )
    .map((node) => node["Relation Name"] ?? "?");
}
