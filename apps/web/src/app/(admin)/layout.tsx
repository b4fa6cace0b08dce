import { requireRole } from "~/server/require-role";

export const dynamic = "force-dynamic";

/** The admin area: only signed-in admins get past this layout. */
export default async function AdminAreaLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin", "/admin");
  return <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>;
}
