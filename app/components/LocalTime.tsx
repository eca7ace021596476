import { useEffect } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import { ZONE_COOKIE, formatDayInZone, formatMomentInZone } from "~/utils/time";

/**
 * The zone every date on the page is shown in: the signed-in reader's own setting, else the browser's zone
 * (from the rn_tz cookie), else UTC. It comes from the root loader, so the server and the browser render the
 * same text.
 */
export function useReaderZone(): string {
  // Read by shape, not by the root module's type: root.tsx renders this component.
  return (useRouteLoaderData("root") as { readerZone?: string } | undefined)?.readerZone ?? "UTC";
}

/** A moment in the reader's zone, with the zone named; `day` shows the calendar date only. */
export function LocalTime({ at, day = false, className }: { at: string | Date; day?: boolean; className?: string }) {
  const zone = useReaderZone();
  const iso = new Date(at).toISOString();
  return (
    <time dateTime={iso} className={className}>
      {day ? formatDayInZone(at, zone, { withZone: false }) : formatMomentInZone(at, zone)}
    </time>
  );
}

/**
 * Tells the server the browser's zone in a cookie, so that readers who are not signed in, and new accounts,
 * get their own zone rather than UTC. Without JavaScript the server falls back to UTC (always named).
 */
export function RememberBrowserZone() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || document.cookie.split("; ").includes(`${ZONE_COOKIE}=${encodeURIComponent(zone)}`)) return;
    document.cookie = `${ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }, []);
  return null;
}
