import { HeartPulse } from "lucide-react";
import Link from "next/link";

import { Button } from "@resq/ui/button";
import { ThemeToggle } from "@resq/ui/theme-toggle";

import { navigationFor } from "~/navigation";
import { signedInCaller } from "~/trpc/server";

export async function SiteHeader() {
  const caller = await signedInCaller();
  const items = navigationFor(caller?.role ?? null);
  return (
    <header className="border-b bg-background">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-semibold">
          <HeartPulse aria-hidden="true" className="size-6 text-primary" />
          RESQ
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle />
          {caller ? (
            <span className="text-sm text-muted-foreground">{caller.name}</span>
          ) : (
            <>
              <Button asChild variant="ghost">
                <Link href="/sign-in">Sign in</Link>
              </Button>
              <Button asChild>
                <Link href="/sign-up">Sign up</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
