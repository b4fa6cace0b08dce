import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { Input } from "@resq/ui/input";
import { Label } from "@resq/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@resq/ui/table";

import { Pager, pageParam } from "~/components/appointments/pager";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { AdminHeading, param, selectClass, withParams, type SearchParams } from "../admin-page";
import { InviteUserDialog } from "./invite-user-dialog";
import { StatusBadge } from "./status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.title") };
}

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const ROLES = ["patient", "doctor", "admin"] as const;
const STATUSES = ["active", "suspended", "deleted"] as const;
const pick = <T extends string>(options: readonly T[], value: string): T | undefined =>
  options.find((option) => option === value);
const yesNo = (value: string) => (value === "yes" ? true : value === "no" ? false : undefined);

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("admin");
  const params = await searchParams;
  const filters = {
    q: param(params, "q").slice(0, 100),
    role: param(params, "role"),
    status: param(params, "status"),
    verified: param(params, "verified"),
    mfa: param(params, "mfa"),
  };
  const page = pageParam(params.page);
  const yesNoOptions = [
    { value: "yes", label: t("common.yes") },
    { value: "no", label: t("common.no") },
  ];
  const result = await (
    await api()
  ).admin.users({
    q: filters.q || undefined,
    role: pick(ROLES, filters.role),
    status: pick(STATUSES, filters.status),
    emailVerified: yesNo(filters.verified),
    mfaEnabled: yesNo(filters.mfa),
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <AdminHeading title={t("users.title")}>
          <p>{t("users.intro")}</p>
        </AdminHeading>
        <InviteUserDialog />
      </div>

      <form
        method="get"
        role="search"
        aria-label={t("users.filterLabel")}
        className="grid gap-4 rounded-xl border p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="grid gap-2 sm:col-span-2">
          <Label htmlFor="q">{t("users.nameOrEmail")}</Label>
          <Input id="q" name="q" type="search" defaultValue={filters.q} maxLength={100} />
        </div>
        <FilterSelect
          id="role"
          label={t("users.role")}
          value={filters.role}
          options={ROLES.map((role) => ({ value: role, label: t(`roleOptions.${role}`) }))}
        />
        <FilterSelect
          id="status"
          label={t("users.status")}
          value={filters.status}
          options={STATUSES.map((status) => ({
            value: status,
            label: t(`statusOptions.${status}`),
          }))}
        />
        <FilterSelect
          id="verified"
          label={t("users.emailVerified")}
          value={filters.verified}
          options={yesNoOptions}
        />
        <FilterSelect
          id="mfa"
          label={t("users.twoFactorOn")}
          value={filters.mfa}
          options={yesNoOptions}
        />
        <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
          <Button type="submit">{t("users.search")}</Button>
          <Button asChild variant="outline">
            <Link href="/admin/users">{t("common.clearFilters")}</Link>
          </Button>
        </div>
      </form>

      <p role="status" className="text-sm text-muted-foreground">
        {result.total === 0 ? t("users.none") : t("users.count", { count: result.total })}
      </p>

      {result.items.length > 0 ? (
        <div className="overflow-x-auto rounded-xl border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("users.columns.name")}</TableHead>
                <TableHead scope="col">{t("users.columns.email")}</TableHead>
                <TableHead scope="col">{t("users.columns.role")}</TableHead>
                <TableHead scope="col">{t("users.columns.status")}</TableHead>
                <TableHead scope="col">{t("users.columns.verified")}</TableHead>
                <TableHead scope="col">{t("users.columns.twoFactor")}</TableHead>
                <TableHead scope="col">{t("users.columns.joined")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.items.map((user) => (
                <TableRow key={user.id} data-testid="user-row">
                  <TableCell>
                    <Link
                      href={`/admin/users/${user.id}`}
                      className="font-medium text-primary underline underline-offset-4 hover:no-underline"
                    >
                      {user.name}
                    </Link>
                  </TableCell>
                  <TableCell className="break-all">{user.email}</TableCell>
                  <TableCell className="capitalize">{t(`roles.${user.role}`)}</TableCell>
                  <TableCell>
                    <StatusBadge status={user.status} />
                  </TableCell>
                  <TableCell>{user.emailVerified ? t("common.yes") : t("common.no")}</TableCell>
                  <TableCell>
                    {user.mfaEnabled ? (
                      <Badge variant="success">{t("common.on")}</Badge>
                    ) : (
                      t("common.off")
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    <LocalTime date={user.createdAt} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}

      <Pager
        label={t("users.pages")}
        page={page}
        hasNext={page * result.pageSize < result.total}
        hrefFor={(to) => withParams("/admin/users", { ...filters, page: to })}
      />
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("admin");
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select id={id} name={id} defaultValue={value} className={selectClass}>
        <option value="">{t("common.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
