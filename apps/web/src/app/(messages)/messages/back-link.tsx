import Link from "next/link";

/** The way back to the inbox, above a message page's heading. */
export function BackToMessages() {
  return (
    <p className="text-sm">
      <Link href="/messages" className="text-primary underline underline-offset-4">
        Back to your messages
      </Link>
    </p>
  );
}
