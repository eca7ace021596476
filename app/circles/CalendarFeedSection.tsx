import { Form } from "@remix-run/react";

/** The account page's "Calendar feed" section: a private iCal link to the gatherings of your circles. */
export function CalendarFeedSection({ hasFeed, feedUrl }: { hasFeed: boolean; feedUrl: string | null }) {
  return (
    <section aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Calendar feed</h2>
      <p>
        A private link you can add to your calendar app. It holds only the gatherings of the circles you are a member of. Anyone with the link can see those
        gatherings, so keep it to yourself. Making a new link stops the old one from working.
      </p>
      {feedUrl ? (
        <div className="notice success" role="status">
          <p>Your new private calendar link (copy it now; for your safety we do not show it again):</p>
          <p>
            <code className="feed-url">{feedUrl}</code>
          </p>
        </div>
      ) : hasFeed ? (
        <p className="muted">You have a calendar link. If you lost it or shared it by mistake, make a new one.</p>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="calendar-feed" />
        <button type="submit" className="secondary">
          {hasFeed ? "Make a new link (the old one stops working)" : "Create my calendar link"}
        </button>
      </Form>
    </section>
  );
}
