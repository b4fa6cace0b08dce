import { sql, type SQL } from "drizzle-orm";

import { rowsOf, type Database } from "@resq/db/client";

import { shapeFunnel, type FunnelCohortRow, type FunnelRole } from "./funnel";
import { rangeBounds, type AnalyticsRange } from "./range";
import { hoursOrNull, numericSeries, percent } from "./series";

/*
 * Every figure is one SQL aggregate over the rows of the range (indexed on the timestamp it is
 * bucketed by), with days or weeks from generate_series so a day with nothing shows 0. Days and
 * weeks are UTC; weeks start on Monday and the first and last may be cut by the range.
 */

interface Bounds {
  from: string;
  to: string;
  start: string;
  end: string;
}

function boundsOf(range: AnalyticsRange): Bounds {
  const { start, end } = rangeBounds(range);
  return { from: range.from, to: range.to, start: start.toISOString(), end: end.toISOString() };
}

/** `column` within the range: [first midnight, midnight after the last day). */
function within(column: SQL, b: Bounds): SQL {
  return sql`${column} >= ${b.start}::timestamptz and ${column} < ${b.end}::timestamptz`;
}

const dayOf = (column: SQL) => sql`(${column} at time zone 'UTC')::date`;
const weekOf = (column: SQL) => sql`date_trunc('week', ${column} at time zone 'UTC')::date`;
const days = (b: Bounds) =>
  sql`select d::date as day from generate_series(${b.from}::timestamp, ${b.to}::timestamp, interval '1 day') as d`;
const weeks = (b: Bounds) =>
  sql`select w::date as week from generate_series(date_trunc('week', ${b.from}::timestamp), ${b.to}::timestamp, interval '1 week') as w`;

/** Rows of `table` per day of `column` within the range (only the days that have any). */
function countsPerDay(b: Bounds, table: SQL, column: SQL, filter?: SQL): SQL {
  return sql`select ${dayOf(column)} as day, count(*) as n from ${table}
    where ${within(column, b)}${filter ? sql` and ${filter}` : sql``} group by 1`;
}

async function rows(db: Database, query: SQL): Promise<Record<string, unknown>[]> {
  return rowsOf<Record<string, unknown>>(await db.execute(query));
}

/**
 * Sign-ups of the range by role and sign-up week, and how many of them verified their email,
 * completed their profile (patients: date of birth given; doctors: practice submitted for
 * verification) and have a booking (patients: made one; doctors: received one).
 */
export async function onboardingFunnel(db: Database, range: AnalyticsRange) {
  const b = boundsOf(range);
  const result = await rows(
    db,
    sql`
    select u.role::text as role,
      to_char(${weekOf(sql`u.created_at`)}, 'YYYY-MM-DD') as week,
      count(*) as registered,
      count(u.email_verified_at) as verified,
      count(*) filter (where case when u.role = 'patient' then pp.date_of_birth is not null
        else dp.submitted_at is not null end) as profile_complete,
      count(*) filter (where case when u.role = 'patient'
        then exists (select 1 from appointments a where a.patient_id = u.id and a.status <> 'held')
        else exists (select 1 from appointments a where a.doctor_id = u.id and a.status <> 'held') end
      ) as first_booking
    from users u
    left join patient_profiles pp on pp.user_id = u.id
    left join doctor_profiles dp on dp.user_id = u.id
    where u.role in ('patient', 'doctor') and ${within(sql`u.created_at`, b)}
    group by 1, 2`,
  );
  const cohorts: FunnelCohortRow[] = result.map((row) => ({
    role: row.role as FunnelRole,
    week: String(row.week),
    registered: Number(row.registered),
    verified: Number(row.verified),
    profileComplete: Number(row.profile_complete),
    firstBooking: Number(row.first_booking),
  }));
  return shapeFunnel(cohorts);
}

/**
 * Everyone who did something, with when: a sign-in or other product event, a message sent, a
 * booking made. A user counts once per day (or week) however much they did.
 */
function activity(b: Bounds): SQL {
  return sql`
    select user_id, occurred_at as at from product_events
      where user_id is not null and ${within(sql`occurred_at`, b)}
    union all
    select sender_id, created_at from messages where ${within(sql`created_at`, b)}
    union all
    select patient_id, created_at from appointments where ${within(sql`created_at`, b)}`;
}

/** Distinct active users per day and per week. */
export async function activeUsers(db: Database, range: AnalyticsRange) {
  const b = boundsOf(range);
  const daily = await rows(
    db,
    sql`
    with activity as (${activity(b)})
    select to_char(days.day, 'YYYY-MM-DD') as day, count(distinct a.user_id) as users
    from (${days(b)}) as days
    left join activity a on ${dayOf(sql`a.at`)} = days.day
    group by days.day order by days.day`,
  );
  const weekly = await rows(
    db,
    sql`
    with activity as (${activity(b)})
    select to_char(weeks.week, 'YYYY-MM-DD') as week, count(distinct a.user_id) as users
    from (${weeks(b)}) as weeks
    left join activity a on ${weekOf(sql`a.at`)} = weeks.week
    group by weeks.week order by weeks.week`,
  );
  return {
    daily: numericSeries(daily, "day", ["users"]).map(({ bucket, users }) => ({
      day: bucket,
      users,
    })),
    weekly: numericSeries(weekly, "week", ["users"]).map(({ bucket, users }) => ({
      week: bucket,
      users,
    })),
  };
}

/**
 * Per day: appointments booked (made that day; waitlist holds not yet accepted excluded),
 * cancelled (that day, moves to another time excluded) and missed (no-shows, by the day of the
 * appointment).
 */
export async function appointmentActivity(db: Database, range: AnalyticsRange) {
  const b = boundsOf(range);
  const result = await rows(
    db,
    sql`
    with booked as (${countsPerDay(b, sql`appointments`, sql`created_at`, sql`status <> 'held'`)}),
    cancelled as (${countsPerDay(b, sql`appointments`, sql`cancelled_at`, sql`rescheduled_to_id is null`)}),
    no_shows as (${countsPerDay(b, sql`appointments`, sql`starts_at`, sql`status = 'no_show'`)})
    select to_char(days.day, 'YYYY-MM-DD') as day,
      coalesce(booked.n, 0) as bookings,
      coalesce(cancelled.n, 0) as cancellations,
      coalesce(no_shows.n, 0) as no_shows
    from (${days(b)}) as days
    left join booked on booked.day = days.day
    left join cancelled on cancelled.day = days.day
    left join no_shows on no_shows.day = days.day
    order by days.day`,
  );
  return numericSeries(result, "day", ["bookings", "cancellations", "no_shows"]).map((point) => ({
    day: point.bucket,
    bookings: point.bookings,
    cancellations: point.cancellations,
    noShows: point.no_shows,
  }));
}

/** Secure messages sent per day. */
export async function messageActivity(db: Database, range: AnalyticsRange) {
  const b = boundsOf(range);
  const result = await rows(
    db,
    sql`
    with sent as (${countsPerDay(b, sql`messages`, sql`created_at`)})
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(sent.n, 0) as messages
    from (${days(b)}) as days left join sent on sent.day = days.day
    order by days.day`,
  );
  return numericSeries(result, "day", ["messages"]).map(({ bucket, messages }) => ({
    day: bucket,
    messages,
  }));
}

/**
 * How many of the patients and doctors with an active account use each feature: two-factor
 * sign-in (on now), and in the range: sent a message, downloaded a record, paid online (counted
 * from `payment.succeeded` product events, which the billing module emits).
 */
export async function featureAdoption(db: Database, range: AnalyticsRange) {
  const b = boundsOf(range);
  const [row] = await rows(
    db,
    sql`
    select
      (select count(*) from users where role in ('patient', 'doctor') and status = 'active'
        and created_at < ${b.end}::timestamptz) as users,
      (select count(*) from users u join totp_credentials t on t.user_id = u.id
        where t.confirmed_at is not null and u.role in ('patient', 'doctor')
        and u.status = 'active' and u.created_at < ${b.end}::timestamptz) as mfa,
      (select count(distinct sender_id) from messages where ${within(sql`created_at`, b)}) as messaging,
      (select count(distinct user_id) from product_events where kind = 'record.downloaded'
        and role in ('patient', 'doctor') and ${within(sql`occurred_at`, b)}) as records,
      (select count(distinct user_id) from product_events where kind = 'payment.succeeded'
        and ${within(sql`occurred_at`, b)}) as payments`,
  );
  const users = Number(row?.users ?? 0);
  const feature = (key: string, label: string) => {
    const count = Number(row?.[key] ?? 0);
    return { key, label, users: count, percent: percent(count, users) };
  };
  return {
    users,
    features: [
      feature("mfa", "Two-factor sign-in on"),
      feature("messaging", "Sent a secure message"),
      feature("records", "Downloaded their record"),
      feature("payments", "Paid online"),
    ],
  };
}

/** Tickets opened per day, and how fast support first answered those opened in the range. */
export async function supportActivity(db: Database, range: AnalyticsRange) {
  const b = boundsOf(range);
  const daily = await rows(
    db,
    sql`
    with opened as (${countsPerDay(b, sql`support_tickets`, sql`created_at`)})
    select to_char(days.day, 'YYYY-MM-DD') as day, coalesce(opened.n, 0) as tickets
    from (${days(b)}) as days left join opened on opened.day = days.day
    order by days.day`,
  );
  const [summary] = await rows(
    db,
    sql`
    select count(*) as opened,
      count(first_answered_at) as answered,
      percentile_cont(0.5) within group (
        order by extract(epoch from first_answered_at - created_at)
      ) filter (where first_answered_at is not null) as median_seconds,
      avg(extract(epoch from first_answered_at - created_at)) as mean_seconds
    from support_tickets where ${within(sql`created_at`, b)}`,
  );
  const opened = Number(summary?.opened ?? 0);
  const answered = Number(summary?.answered ?? 0);
  return {
    daily: numericSeries(daily, "day", ["tickets"]).map(({ bucket, tickets }) => ({
      day: bucket,
      tickets,
    })),
    opened,
    answered,
    waiting: opened - answered,
    medianHoursToFirstAnswer: hoursOrNull(summary?.median_seconds),
    meanHoursToFirstAnswer: hoursOrNull(summary?.mean_seconds),
  };
}
