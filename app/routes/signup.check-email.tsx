import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Check your email · Restorative Network" }];

export default function CheckEmail() {
  return (
    <div className="page narrow">
      <h1>Check your email</h1>
      <p className="lead">If this address can be used for a new account, we have sent a link to confirm it. The link works once, for 48 hours.</p>
      <p>If you already have an account, the email explains how to sign in or choose a new password.</p>
      <p><Link to="/login">Go to sign in</Link></p>
    </div>
  );
}
