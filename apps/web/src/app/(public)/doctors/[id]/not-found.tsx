import Link from "next/link";

import { Button } from "@resq/ui/button";

export default function DoctorNotFound() {
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-4 px-4 py-16">
      <h1 className="text-3xl font-semibold">This doctor is not on RESQ</h1>
      <p className="text-muted-foreground">
        The link may be old, or the doctor may no longer be taking bookings through RESQ.
      </p>
      <div>
        <Button asChild>
          <Link href="/doctors">Find another doctor</Link>
        </Button>
      </div>
    </div>
  );
}
