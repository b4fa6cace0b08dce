import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const ROLES = ["patient", "doctor", "admin"] as const;
const STATUSES = ["active", "suspended", "deleted"] as const;
const pick = <T extends string>(options: readonly T[], value: string): T | undefined =>
  options.find((option) => option === value);
const yesNo = (value: string) => (value === "yes" ? true : value === "no" ? false : undefined);

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    q: param(params, "q").slice(0, 100),
    role: param(params, "role"),
    status: param(params, "status"),
    verified: param(params, "verified"),
    mfa: param(params, "mfa"),
  };
  const page = pageParam(params.page);
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
        <AdminHeading title="Users">
          <p>Find an account to view, correct, suspend or delete it, or invite someone new.</p>
        </AdminHeading>
        <InviteUserDialog />
      </div>

      <form
        method="get"
        role="search"
        aria-label="Filter users"
        className="grid gap-4 rounded-xl border p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="grid gap-2 sm:col-span-2">
          <Label htmlFor="q">Name or email</Label>
          <Input id="q" name="q" type="search" defaultValue={filters.q} maxLength={100} />
        </div>
        <FilterSelect id="role" label="Role" value={filters.role} options={ROLES} />
        <FilterSelect id="status" label="Status" value={filters.status} options={STATUSES} />
        <FilterSelect
          id="verified"
          label="Email verified"
          value={filters.verified}
          options={["yes", "no"]}
        />
        <FilterSelect id="mfa" label="Two-factor on" value={filters.mfa} options={["yes", "no"]} />
        <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
          <Button type="submit">Search</Button>
          <Button asChild variant="outline">
            <Link href="/admin/users">Clear filters</Link>
          </Button>
        </div>
      </form>

      <p role="status" className="text-sm text-muted-foreground">
        {result.total === 0
          ? "No users match these filters."
          : `${result.total} ${result.total === 1 ? "user" : "users"}, newest first.`}
      </p>

      {result.items.length > 0 ? (
        <div className="overflow-x-auto rounded-xl border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Email</TableHead>
                <TableHead scope="col">Role</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">Verified</TableHead>
                <TableHead scope="col">Two-factor</TableHead>
                <TableHead scope="col">Joined</TableHead>
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
                  <TableCell className="capitalize">{user.role}</TableCell>
                  <TableCell>
                    <StatusBadge status={user.status} />
                  </TableCell>
                  <TableCell>{user.emailVerified ? "Yes" : "No"}</TableCell>
                  <TableCell>
                    {user.mfaEnabled ? <Badge variant="success">On</Badge> : "Off"}
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
        label="User pages"
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
  options: readonly string[];
}) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select id={id} name={id} defaultValue={value} className={selectClass}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option[0]!.toUpperCase() + option.slice(1)}
          </option>
        ))}
      </select>
    </div>
  );
}
