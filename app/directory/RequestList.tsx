import { Link } from "@remix-run/react";
import { harmLabel } from "./ui";
import { TableScroll } from "~/components/page";
import { LocalTime } from "~/components/LocalTime";

type Item = { id: string; status: string; statusLabel: string; harmType: string; createdAt: string; facilitatorName: string; organisationName: string };

/** A table of contact requests with the status of each, for either side. */
export function RequestList({ items, side }: { items: Item[]; side: "sent" | "received" }) {
  return (
    <TableScroll label={side === "sent" ? "Requests you sent" : "Requests you received"}>
      <table className="data-table request-table">
        <caption className="visually-hidden">{side === "sent" ? "Requests you sent" : "Requests you received"}</caption>
        <thead>
          <tr>
            <th scope="col">{side === "sent" ? "Facilitator" : "Organisation"}</th>
            <th scope="col">Kind of harm</th>
            <th scope="col">Sent</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/requests/${r.id}`}>{side === "sent" ? r.facilitatorName : r.organisationName}</Link>
              </td>
              <td>{harmLabel(r.harmType)}</td>
              <td>
                <LocalTime at={r.createdAt} day />
              </td>
              <td>
                <span className={`tag status-${r.status}`}>{r.statusLabel}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
