import type { MetaFunction } from "@remix-run/node";
import { Link, useSearchParams } from "@remix-run/react";

export const meta: MetaFunction = () => [
  { title: "Your account will be deleted · Restorative Network" },
  { name: "description", content: "Your account is scheduled for deletion; how to change your mind." },
];

export default function AccountDeleted() {
  const [params] = useSearchParams();
  const on = params.get("on");
  return (
    <div className="page narrow">
      <h1>Your account will be deleted</h1>
      <p>
        You are signed out everywhere.{" "}
        {on ? (
          <>
            We will delete your account on <strong>{on}</strong>.
          </>
        ) : (
          "We will delete your account after the grace period."
        )}{" "}
        We have emailed you to confirm.
      </p>
      <p>
        If you change your mind, <Link to="/login">sign in</Link> before then and choose “Keep my account”.
      </p>
      <p>
        Thank you for being part of the network. Take good care of yourself; <Link to="/support">support lines</Link> are here whenever you need them.
      </p>
    </div>
  );
}
