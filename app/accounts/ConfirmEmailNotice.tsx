import { Form } from "@remix-run/react";

/**
 * Shown on every page to a signed-in person who has not confirmed their email yet, and in place of
 * any action it stops: what is limited, why, and a way to get a new link (works without JavaScript).
 */
export function ConfirmEmailNotice({ asPage = false }: { asPage?: boolean }) {
  const title = "Please confirm your email address";
  return (
    <section className="notice confirm-email" aria-label={asPage ? undefined : title}>
      {asPage ? (
        <h1>{title}</h1>
      ) : (
        <p>
          <strong>{title}.</strong>
        </p>
      )}
      <p>
        We sent you a link when you joined. Until you open it, you can read and look around, but you cannot join circles, post, or contact facilitators. This
        keeps the circles safe for everyone in them.
      </p>
      <Form method="post" action="/signup/check-email">
        <button type="submit" className="secondary">
          Send the link again
        </button>
      </Form>
    </section>
  );
}
