import { HeartPulse } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { gateOf } from "@resq/api";
import { Button } from "@resq/ui/button";
import { ThemeToggle } from "@resq/ui/theme-toggle";

import { navigationFor } from "~/navigation";
import { api, signedInCaller } from "~/trpc/server";

import { IdleSignOutWarning } from "./idle-sign-out-warning";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const caller = await signedInCaller();
  const gate = caller ? gateOf(caller) : null;
  // Until sign-in is complete, the role's area would only send them back to the missing step.
  const items = navigationFor(caller && gate === "full" ? caller.role : null);
  const bell = gate === "full" ? await bellState() : null;
  const t = await getTranslations("common");
  return (
    <header className="border-b bg-background">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 rounded-md text-lg font-semibold">
          <HeartPulse aria-hidden="true" className="size-6 text-primary" />
          RESQ
        </Link>
        <nav aria-label={t("nav.label")} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
                >
                  {t(`nav.items.${item.label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {caller ? (
          // On phones the name gets its own line, so the top row never overflows.
          <p className="order-last w-full truncate text-sm text-muted-foreground sm:hidden">
            {t.rich("header.signedInAs", {
              name: () => <span className="font-medium text-foreground">{caller.name}</span>,
            })}
          </p>
        ) : null}
        <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
          <ThemeToggle
            labels={{
              change: t("theme.change"),
              light: t("theme.light"),
              dark: t("theme.dark"),
              system: t("theme.system"),
            }}
          />
          {caller ? (
            <>
              <span
                className="hidden max-w-48 truncate text-sm text-muted-foreground sm:inline"
                title={caller.name}
              >
                {caller.name}
              </span>
              {bell ? <NotificationBell {...bell} /> : null}
              {gate !== "pendingSecondFactor" ? (
                <Button asChild variant="ghost" size="sm">
                  <Link href="/account/security">{t("header.security")}</Link>
                </Button>
              ) : null}
              <SignOutButton variant="outline" size="sm" />
              {caller.via.kind === "session" ? <IdleSignOutWarning /> : null}
            </>
          ) : (
            <>
              <Button asChild variant="ghost">
                <Link href="/sign-in">{t("header.signIn")}</Link>
              </Button>
              <Button asChild>
                <Link href="/sign-up">{t("header.signUp")}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

/** The bell's first state, and where its live stream starts (so nothing between is missed). */
async function bellState() {
  const trpc = await api();
  const [{ unread }, { lastEventId }] = await Promise.all([
    trpc.notifications.unreadCount(),
    trpc.events.cursor(),
  ]);
  return { unread, cursor: lastEventId };
}
