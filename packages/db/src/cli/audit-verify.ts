import { verifyAuditChain } from "../audit";
import { openConfiguredDatabase } from "../client";

// `pnpm audit:verify`: exit 0 when the audit chain is intact, 1 with the first broken link otherwise.
const handle = await openConfiguredDatabase();
try {
  const report = await verifyAuditChain(handle.db);
  if (report.ok) {
    console.info(`Audit chain intact: ${report.checked} events checked.`);
  } else {
    console.error(
      `Audit chain BROKEN at event #${report.brokenAt} (${report.problem}); ${report.checked} events before it are intact.`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
