import type { Metadata } from "next";

import { api } from "~/trpc/server";

import { AdminHeading } from "../admin-page";
import { BookingForm, MessagingForm, PlatformForm, SecurityForm } from "./settings-forms";

export const metadata: Metadata = { title: "System settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const settings = await (await api()).admin.settings();
  return (
    <div className="grid gap-8">
      <AdminHeading title="System settings">
        <p>
          Changes apply at once on every server, without a restart, and are recorded in the audit
          log with their old and new values.
        </p>
      </AdminHeading>
      <Group id="platform" title="Platform">
        <PlatformForm values={settings.platform} />
      </Group>
      <Group id="security" title="Sign-in and sessions">
        <SecurityForm values={settings.security} />
      </Group>
      <Group id="booking" title="Booking defaults">
        <p className="text-sm text-muted-foreground">
          Minimum notice, horizon and cancellation window are the rules a new practice starts with;
          each doctor can change their own. Reminders and the waitlist hold apply to all.
        </p>
        <BookingForm values={settings.booking} />
      </Group>
      <Group id="messaging" title="Message attachments">
        <MessagingForm values={settings.messaging} />
      </Group>
    </div>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-4 rounded-xl border p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
