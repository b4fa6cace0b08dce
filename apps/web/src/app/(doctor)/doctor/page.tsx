import { CircleAlert, CircleCheck, ClipboardList, Clock, ShieldCheck, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";

import { api, signedInCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

const linkClass = "text-primary underline underline-offset-4 hover:no-underline";

export default async function DoctorDashboard() {
  const caller = await signedInCaller();
  const setup = await (await api()).practice.onboarding();
  const done = setup.steps.filter((s) => s.done).length;
  const { status, note } = setup.verification;

  return (
    <div className="grid gap-6">
      <h1 className="text-3xl font-semibold">Welcome, {caller?.name}</h1>

      <section
        aria-labelledby="status-title"
        className="grid gap-3 rounded-xl border bg-card p-4 shadow-sm sm:p-6"
      >
        <h2 id="status-title" className="flex items-center gap-2 text-xl font-semibold">
          {status === "verified" ? (
            <CircleCheck aria-hidden="true" className="size-5 text-success" />
          ) : status === "rejected" ? (
            <CircleAlert aria-hidden="true" className="size-5 text-destructive" />
          ) : status === "pending" ? (
            <Clock aria-hidden="true" className="size-5" />
          ) : (
            <ClipboardList aria-hidden="true" className="size-5 text-primary" />
          )}
          {status === "verified"
            ? "You are verified"
            : status === "pending"
              ? "Waiting for verification"
              : status === "rejected"
                ? "Changes needed before we can verify you"
                : "Finish setting up your practice"}
        </h2>
        {status === "verified" ? (
          <p>
            Patients can find you in the directory and book your free times.{" "}
            <Link href={`/doctors/${caller?.userId ?? ""}`} className={linkClass}>
              See your public profile
            </Link>
          </p>
        ) : status === "pending" ? (
          <p>An admin is checking your licence. We will email you when it is done.</p>
        ) : status === "rejected" ? (
          <div className="grid gap-2">
            {note ? (
              <p className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2">
                <span className="font-medium">What to change: </span>
                {note}
              </p>
            ) : null}
            <p>Fix your profile, then submit it again.</p>
          </div>
        ) : (
          <p>
            {done} of {setup.steps.length} steps done. Patients can book you once your profile is
            complete and verified.
          </p>
        )}
        <div>
          <Button asChild variant={status === "verified" ? "outline" : "default"}>
            <Link href="/doctor/onboarding">
              {status === "draft"
                ? done === 0
                  ? "Start practice setup"
                  : "Continue practice setup"
                : status === "rejected"
                  ? "Fix and resubmit"
                  : "Edit your practice"}
            </Link>
          </Button>
        </div>
      </section>

      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          <Link
            href="/doctor/patients"
            className="flex h-full gap-3 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <Users aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
            <span className="grid gap-1">
              <span className="font-semibold">My patients</span>
              <span className="text-sm text-muted-foreground">
                Charts, treatment notes, prescriptions and results.
              </span>
            </span>
          </Link>
        </li>
        <li>
          <Link
            href="/account/security"
            className="flex h-full gap-3 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
            <span className="grid gap-1">
              <span className="font-semibold">Your security</span>
              <span className="text-sm text-muted-foreground">
                Your password, two-factor sign-in and signed-in devices.
              </span>
            </span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
