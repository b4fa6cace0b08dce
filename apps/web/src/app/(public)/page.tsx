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
import { getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@resq/ui/card";
import { Input } from "@resq/ui/input";

import type { Messages } from "~/i18n/catalogue";
import { api } from "~/trpc/server";

// Reads the database (the specialties list grows with the product), so render per request.
export const dynamic = "force-dynamic";

type FeatureKey = keyof Messages["public"]["landing"]["features"];

interface Feature {
  icon: LucideIcon;
  key: FeatureKey;
}

const forPatients: Feature[] = [
  { icon: Stethoscope, key: "findDoctor" },
  { icon: CalendarCheck, key: "book" },
  { icon: FileHeart, key: "records" },
  { icon: MessageSquareText, key: "messages" },
  { icon: CreditCard, key: "bills" },
];

const forProviders: Feature[] = [
  { icon: ClipboardList, key: "setup" },
  { icon: CalendarCheck, key: "schedule" },
  { icon: FileHeart, key: "charts" },
  { icon: UsersRound, key: "calls" },
];

const safeguards: Feature[] = [
  { icon: LockKeyhole, key: "access" },
  { icon: ShieldCheck, key: "audit" },
  { icon: LockKeyhole, key: "signIn" },
];

async function FeatureList({ features }: { features: Feature[] }) {
  const t = await getTranslations("public.landing.features");
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {features.map(({ icon: Icon, key }) => (
        <li key={key}>
          <Card className="h-full">
            <CardHeader>
              <Icon aria-hidden="true" className="size-6 text-primary" />
              <CardTitle as="h3" className="text-lg">
                {t(`${key}.title`)}
              </CardTitle>
              <CardDescription>{t(`${key}.text`)}</CardDescription>
            </CardHeader>
          </Card>
        </li>
      ))}
    </ul>
  );
}

export default async function LandingPage() {
  const specialties = await (await api()).reference.specialties();
  const t = await getTranslations("public.landing");
  return (
    <>
      <section aria-labelledby="hero-title" className="bg-accent">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <h1
            id="hero-title"
            className="max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl"
          >
            {t("hero.title")}
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-accent-foreground">{t("hero.text")}</p>
          <Form
            action="/doctors"
            role="search"
            aria-label={t("hero.searchLabel")}
            className="mt-8 grid max-w-2xl gap-2"
          >
            <label htmlFor="hero-search" className="font-medium">
              {t("hero.searchLabel")}
            </label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <Input
                id="hero-search"
                type="search"
                name="q"
                maxLength={100}
                autoComplete="off"
                placeholder={t("hero.searchPlaceholder")}
                className="h-12 bg-background sm:flex-1"
              />
              <Button type="submit" size="lg" className="h-12">
                <Search aria-hidden="true" />
                {t("hero.search")}
              </Button>
            </div>
            <p className="text-sm">
              {t.rich("hero.browse", {
                link: (chunks) => (
                  <Link href="/doctors" className="underline underline-offset-4 hover:no-underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </Form>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-up">{t("hero.createPatient")}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/sign-up?role=doctor">{t("hero.joinProvider")}</Link>
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
          {t("patients.title")}
        </h2>
        <p className="mt-2 max-w-2xl text-muted-foreground">{t("patients.text")}</p>
        <div className="mt-8">
          <FeatureList features={forPatients} />
        </div>
      </section>

      <section id="providers" aria-labelledby="providers-title" className="border-y bg-muted">
        <div className="mx-auto max-w-6xl scroll-mt-4 px-4 py-14">
          <h2 id="providers-title" className="text-2xl font-semibold sm:text-3xl">
            {t("providers.title")}
          </h2>
          <p className="mt-2 max-w-2xl text-muted-foreground">{t("providers.text")}</p>
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
          {t("security.title")}
        </h2>
        <div className="mt-8">
          <FeatureList features={safeguards} />
        </div>
      </section>

      <section aria-labelledby="specialties-title" className="border-t bg-muted">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="specialties-title" className="text-2xl font-semibold sm:text-3xl">
            {t("specialties.title")}
          </h2>
          <Card className="mt-6">
            <CardContent>
              <ul className="flex flex-wrap gap-2 pt-6" aria-label={t("specialties.label")}>
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
