import {
  CalendarCheck,
  ClipboardList,
  CreditCard,
  FileHeart,
  LockKeyhole,
  MessageSquareText,
  Search,
  ShieldCheck,
  Stethoscope,
  UsersRound,
  type LucideIcon,
} from "lucide-react";
import Form from "next/form";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@resq/ui/card";
import { Input } from "@resq/ui/input";

import { api } from "~/trpc/server";

// Reads the database (the specialties list grows with the product), so render per request.
export const dynamic = "force-dynamic";

interface Feature {
  icon: LucideIcon;
  title: string;
  text: string;
}

const forPatients: Feature[] = [
  {
    icon: Stethoscope,
    title: "Find the right doctor",
    text: "Search by specialty, condition, language and city, and see real free times before you sign up.",
  },
  {
    icon: CalendarCheck,
    title: "Book in a minute",
    text: "Pick a time, say why you are coming, get a confirmation and reminders. Reschedule or cancel yourself.",
  },
  {
    icon: FileHeart,
    title: "Your records, yours to keep",
    text: "Read visit notes, results and prescriptions in plain language; download them as PDF or FHIR.",
  },
  {
    icon: MessageSquareText,
    title: "Message your care team",
    text: "Ask a follow-up question securely instead of waiting on the phone.",
  },
  {
    icon: CreditCard,
    title: "Clear bills",
    text: "See what you owe, pay online and keep your receipts in one place.",
  },
];

const forProviders: Feature[] = [
  {
    icon: ClipboardList,
    title: "Set up your practice",
    text: "Services, prices, working hours in your time zone, time off and booking rules, in one guided setup.",
  },
  {
    icon: CalendarCheck,
    title: "A schedule that runs itself",
    text: "No double bookings, automatic reminders, and freed slots offered to your waitlist.",
  },
  {
    icon: FileHeart,
    title: "Charts and treatment notes",
    text: "Your patients' history at a glance; write, sign and amend notes with a full version trail.",
  },
  {
    icon: UsersRound,
    title: "Fewer phone calls",
    text: "Patients book, reschedule, pay and ask questions online, on their phones.",
  },
];

const safeguards: Feature[] = [
  {
    icon: LockKeyhole,
    title: "Only the people who should",
    text: "Doctors see a chart only while they care for you; emergency access is reasoned, time-limited and shown to you.",
  },
  {
    icon: ShieldCheck,
    title: "Every access on the record",
    text: "Each read and change of clinical data is logged in a tamper-evident audit trail you can inspect.",
  },
  {
    icon: LockKeyhole,
    title: "Strong sign-in",
    text: "Two-factor authentication with an authenticator app, and encryption of notes at rest.",
  },
];

function FeatureList({ features }: { features: Feature[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {features.map(({ icon: Icon, title, text }) => (
        <li key={title}>
          <Card className="h-full">
            <CardHeader>
              <Icon aria-hidden="true" className="size-6 text-primary" />
              <CardTitle as="h3" className="text-lg">
                {title}
              </CardTitle>
              <CardDescription>{text}</CardDescription>
            </CardHeader>
          </Card>
        </li>
      ))}
    </ul>
  );
}

export default async function LandingPage() {
  const specialties = await (await api()).reference.specialties();
  return (
    <>
      <section aria-labelledby="hero-title" className="bg-accent">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <h1
            id="hero-title"
            className="max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl"
          >
            Find a doctor, book a visit, and keep your health record — in one secure place.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-accent-foreground">
            RESQ connects patients and clinics: booking, records, messages and bills, built for
            privacy from the first line. Open source, and hostable by any clinic.
          </p>
          <Form
            action="/doctors"
            role="search"
            aria-label="Find a doctor"
            className="mt-8 grid max-w-2xl gap-2"
          >
            <label htmlFor="hero-search" className="font-medium">
              Find a doctor
            </label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <Input
                id="hero-search"
                type="search"
                name="q"
                maxLength={100}
                autoComplete="off"
                placeholder="Specialty, condition, name or city"
                className="h-12 bg-background sm:flex-1"
              />
              <Button type="submit" size="lg" className="h-12">
                <Search aria-hidden="true" />
                Search
              </Button>
            </div>
            <p className="text-sm">
              Or{" "}
              <Link href="/doctors" className="underline underline-offset-4 hover:no-underline">
                browse every doctor
              </Link>
              , no account needed.
            </p>
          </Form>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-up">Create a patient account</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-up?role=doctor">Join as a provider</Link>
            </Button>
          </div>
        </div>
      </section>

      <section
        id="patients"
        aria-labelledby="patients-title"
        className="mx-auto max-w-6xl scroll-mt-4 px-4 py-14"
      >
        <h2 id="patients-title" className="text-2xl font-semibold sm:text-3xl">
          For patients
        </h2>
        <p className="mt-2 max-w-2xl text-muted-foreground">
          Everything between you and your doctor, without the phone queue.
        </p>
        <div className="mt-8">
          <FeatureList features={forPatients} />
        </div>
      </section>

      <section id="providers" aria-labelledby="providers-title" className="border-y bg-muted">
        <div className="mx-auto max-w-6xl scroll-mt-4 px-4 py-14">
          <h2 id="providers-title" className="text-2xl font-semibold sm:text-3xl">
            For doctors and clinics
          </h2>
          <p className="mt-2 max-w-2xl text-muted-foreground">
            Register, get verified, and run your practice&apos;s schedule, charts and billing.
          </p>
          <div className="mt-8">
            <FeatureList features={forProviders} />
          </div>
        </div>
      </section>

      <section
        id="security"
        aria-labelledby="security-title"
        className="mx-auto max-w-6xl scroll-mt-4 px-4 py-14"
      >
        <h2 id="security-title" className="text-2xl font-semibold sm:text-3xl">
          Built to protect health data
        </h2>
        <div className="mt-8">
          <FeatureList features={safeguards} />
        </div>
      </section>

      <section aria-labelledby="specialties-title" className="border-t bg-muted">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="specialties-title" className="text-2xl font-semibold sm:text-3xl">
            Specialties on RESQ
          </h2>
          <Card className="mt-6">
            <CardContent>
              <ul className="flex flex-wrap gap-2 pt-6" aria-label="Specialties">
                {specialties.map((specialty) => (
                  <li key={specialty.slug}>
                    <Badge variant="secondary">{specialty.label}</Badge>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        </div>
      </section>
    </>
  );
}
