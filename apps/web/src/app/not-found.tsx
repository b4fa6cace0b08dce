import Link from "next/link";

import { Button } from "@resq/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="mt-4 text-muted-foreground">
        This page does not exist, or you do not have access to it.
      </p>
      <Button asChild className="mt-8">
        <Link href="/">Go to the home page</Link>
      </Button>
    </div>
  );
}
