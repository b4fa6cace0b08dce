import Link from "next/link";

/** The way back up, above a page's heading. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-primary underline underline-offset-4 hover:no-underline">
        {children}
      </Link>
    </p>
  );
}
