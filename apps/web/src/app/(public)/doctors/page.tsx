import { CalendarClock, MapPin, Search, SlidersHorizontal } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";
import { Input } from "@resq/ui/input";

import { languageList, languageName } from "~/components/format";
import { api } from "~/trpc/server";

import { FiltersDisclosure } from "./filter-controls";
import { NextAvailable } from "./next-available";
import {
  activeFilterCount,
  AVAILABLE_WITHIN,
  directoryHref,
  parseDirectoryQuery,
  SORTS,
  type DirectoryQuery,
} from "./search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.directory");
  return { title: t("meta.title"), description: t("meta.description") };
}
export const dynamic = "force-dynamic";

const PAGE_SIZE = 10;

const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 md:text-sm dark:bg-input/30";
const linkClass = "text-primary underline underline-offset-4 hover:no-underline";

export default async function DoctorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseDirectoryQuery(await searchParams);
  const [t, td, locale] = await Promise.all([
    getTranslations("public.directory"),
    getTranslations("public.doctor"),
    getLocale(),
  ]);
  const directory = (await api()).directory;
  const [results, filters] = await Promise.all([
    directory.search({
      q: query.q,
      specialty: query.specialty,
      language: query.language,
      city: query.city,
      availableWithinDays: query.within,
      acceptingNewPatients: query.accepting,
      sort: query.sort,
      page: query.page,
      pageSize: PAGE_SIZE,
    }),
    directory.filters(),
  ]);
  const pages = Math.max(1, Math.ceil(results.total / results.pageSize));
  const cities =
    query.city && !filters.cities.some((city) => city.toLowerCase() === query.city?.toLowerCase())
      ? [...filters.cities, query.city]
      : filters.cities;
  const filterCount = activeFilterCount(query);
  const first = (query.page - 1) * results.pageSize + 1;
  const last = first + results.items.length - 1;

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-8">
      <div className="grid gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-2xl text-muted-foreground">{t("intro")}</p>
      </div>

      <Form action="/doctors" role="search" aria-label={t("searchRegion")} className="grid gap-4">
        <div className="grid gap-2">
          <label htmlFor="directory-q" className="text-sm font-medium">
            {t("searchLabel")}
          </label>
          <div className="flex gap-2">
            <Input
              id="directory-q"
              type="search"
              name="q"
              defaultValue={query.q ?? ""}
              maxLength={100}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="directory-q-hint"
              className="flex-1"
            />
            <Button type="submit">
              <Search aria-hidden="true" />
              {t("search")}
            </Button>
          </div>
          <p id="directory-q-hint" className="text-sm text-muted-foreground">
            {t("searchHint")}
          </p>
        </div>

        <FiltersDisclosure
          className="group rounded-xl border"
          summary={
            <summary className="flex cursor-pointer items-center gap-2 rounded-xl px-4 py-3 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
              <SlidersHorizontal aria-hidden="true" className="size-4 text-primary" />
              {t("filters.summary")}
              {filterCount > 0 ? (
                <Badge variant="secondary">{t("filters.active", { count: filterCount })}</Badge>
              ) : null}
            </summary>
          }
        >
          <div className="grid gap-4 border-t px-4 py-4 sm:grid-cols-2 lg:grid-cols-3">
            <div className="grid gap-2">
              <label htmlFor="filter-specialty" className="text-sm font-medium">
                {t("filters.specialty")}
              </label>
              <select
                id="filter-specialty"
                name="specialty"
                defaultValue={query.specialty ?? ""}
                className={selectClass}
              >
                <option value="">{t("filters.anySpecialty")}</option>
                {filters.specialties.map((specialty) => (
                  <option key={specialty.slug} value={specialty.slug}>
                    {specialty.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="grid gap-2">
              <label htmlFor="filter-language" className="text-sm font-medium">
                {t("filters.language")}
              </label>
              <select
                id="filter-language"
                name="language"
                defaultValue={query.language ?? ""}
                className={selectClass}
              >
                <option value="">{t("filters.anyLanguage")}</option>
                {filters.languages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div className="grid gap-2">
              <label htmlFor="filter-city" className="text-sm font-medium">
                {t("filters.city")}
              </label>
              <select
                id="filter-city"
                name="city"
                defaultValue={query.city ?? ""}
                className={selectClass}
              >
                <option value="">{t("filters.anyCity")}</option>
                {cities.map((city) => (
                  <option key={city} value={city}>
                    {city}
                  </option>
                ))}
              </select>
            </div>
            <div className="grid gap-2">
              <label htmlFor="filter-within" className="text-sm font-medium">
                {t("filters.within")}
              </label>
              <select
                id="filter-within"
                name="within"
                defaultValue={query.within ? String(query.within) : ""}
                className={selectClass}
              >
                <option value="">{t("filters.anyTime")}</option>
                {AVAILABLE_WITHIN.map((days) => (
                  <option key={days} value={days}>
                    {t("filters.days", { days })}
                  </option>
                ))}
              </select>
            </div>
            <div className="grid gap-2">
              <label htmlFor="filter-sort" className="text-sm font-medium">
                {t("filters.sort")}
              </label>
              <select
                id="filter-sort"
                name="sort"
                defaultValue={query.sort ?? ""}
                className={selectClass}
              >
                <option value="">
                  {t("filters.sortDefault", {
                    sort: t(query.q ? "sorts.relevance" : "sorts.soonest"),
                  })}
                </option>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sorts.${sort}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex items-center gap-3 self-end sm:h-10">
              <input
                id="filter-accepting"
                type="checkbox"
                name="accepting"
                value="1"
                defaultChecked={query.accepting ?? false}
                className="size-5 accent-primary"
              />
              <label htmlFor="filter-accepting" className="text-sm font-medium">
                {t("filters.accepting")}
              </label>
            </div>
            <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
              <Button type="submit" variant="secondary">
                {t("filters.apply")}
              </Button>
              {filterCount > 0 || query.sort ? (
                <Link href={directoryHref({ q: query.q, page: 1 })} className={linkClass}>
                  {t("filters.clear")}
                </Link>
              ) : null}
            </div>
          </div>
        </FiltersDisclosure>
      </Form>

      <section aria-labelledby="results-title" className="grid gap-4">
        <h2 id="results-title" className="sr-only">
          {t("results.title")}
        </h2>
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
          {results.total === 0
            ? t("results.none")
            : results.items.length === 0
              ? t("results.noneOnPage", { count: results.total })
              : pages > 1
                ? t("results.foundShowing", { count: results.total, first, last })
                : t("results.found", { count: results.total })}
        </p>

        {results.items.length > 0 ? (
          <ul className="grid gap-4 lg:grid-cols-2" aria-label={t("results.label")}>
            {results.items.map((doctor) => (
              <li key={doctor.id}>
                <article
                  aria-labelledby={`doctor-${doctor.id}`}
                  className="grid h-full gap-3 rounded-xl border bg-card p-4 shadow-sm"
                  data-testid="doctor-card"
                >
                  <div className="grid gap-1">
                    <h3 id={`doctor-${doctor.id}`} className="text-lg font-semibold">
                      <Link
                        href={`/doctors/${doctor.id}`}
                        className="rounded-sm underline-offset-4 hover:underline"
                      >
                        {doctor.name}
                      </Link>
                    </h3>
                    <p className="text-sm">
                      {doctor.specialtyLabel ?? td("fallbackSpecialty")}
                      {doctor.yearsOfPractice && doctor.yearsOfPractice > 0
                        ? ` · ${td("yearsInPractice", { count: doctor.yearsOfPractice })}`
                        : null}
                    </p>
                  </div>
                  <p className="flex items-start gap-2 text-sm text-muted-foreground">
                    <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                    <span>{[doctor.practiceName, doctor.city].filter(Boolean).join(", ")}</span>
                  </p>
                  {doctor.languages.length > 0 ? (
                    <p className="text-sm text-muted-foreground">
                      {td("speaks", { languages: languageList(doctor.languages, locale) })}
                    </p>
                  ) : null}
                  <div className="flex flex-wrap items-center gap-2">
                    {doctor.acceptingNewPatients ? (
                      <Badge variant="success">{td("accepting")}</Badge>
                    ) : (
                      <Badge variant="secondary">{td("notAccepting")}</Badge>
                    )}
                  </div>
                  <p className="flex items-start gap-2 text-sm font-medium">
                    <CalendarClock
                      aria-hidden="true"
                      className="mt-0.5 size-4 shrink-0 text-primary"
                    />
                    {doctor.nextAvailableAt ? (
                      <span>
                        <NextAvailable at={doctor.nextAvailableAt} />
                      </span>
                    ) : (
                      <span>{td("noFreeTimes")}</span>
                    )}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState query={query} total={results.total} />
        )}

        {pages > 1 ? (
          <nav aria-label={t("pages.label")} className="flex flex-wrap items-center gap-3">
            {query.page > 1 ? (
              <Button asChild variant="outline" size="sm">
                <Link href={directoryHref({ ...query, page: Math.min(query.page - 1, pages) })}>
                  {t("pages.previous")}
                </Link>
              </Button>
            ) : null}
            <span className="text-sm text-muted-foreground">
              {t("pages.status", { page: Math.min(query.page, pages), pages })}
            </span>
            {query.page < pages ? (
              <Button asChild variant="outline" size="sm">
                <Link href={directoryHref({ ...query, page: query.page + 1 })}>
                  {t("pages.next")}
                </Link>
              </Button>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

/** No results: say which narrowing to drop, each as a link that drops it. */
async function EmptyState({ query, total }: { query: DirectoryQuery; total: number }) {
  const t = await getTranslations("public.directory.empty");
  if (total > 0) {
    return (
      <div className="rounded-xl border p-6">
        <p>
          {t("pastEnd")}{" "}
          <Link href={directoryHref({ ...query, page: 1 })} className={linkClass}>
            {t("firstPage")}
          </Link>
        </p>
      </div>
    );
  }
  const base = { ...query, page: 1 };
  const loosen: { href: string; label: string }[] = [];
  if (query.within)
    loosen.push({
      href: directoryHref({ ...base, within: undefined }),
      label: t("anyTime"),
    });
  if (query.accepting)
    loosen.push({
      href: directoryHref({ ...base, accepting: undefined }),
      label: t("includeNotAccepting"),
    });
  if (query.language)
    loosen.push({ href: directoryHref({ ...base, language: undefined }), label: t("anyLanguage") });
  if (query.city)
    loosen.push({
      href: directoryHref({ ...base, city: undefined }),
      label: t("anyCity", { city: query.city }),
    });
  if (query.specialty)
    loosen.push({
      href: directoryHref({ ...base, specialty: undefined }),
      label: t("anySpecialty"),
    });
  if (query.q)
    loosen.push({
      href: directoryHref({ ...base, q: undefined }),
      label: t("withoutWords", { words: query.q }),
    });
  return (
    <div className={cn("grid gap-3 rounded-xl border p-6")}>
      <h3 className="text-lg font-semibold">{t("title")}</h3>
      {loosen.length > 0 ? (
        <>
          <p className="text-muted-foreground">{t("loosen")}</p>
          <ul className="grid list-disc gap-1 pl-5">
            {loosen.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-muted-foreground">{t("noneListed")}</p>
      )}
    </div>
  );
}
