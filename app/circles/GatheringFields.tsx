import { Field } from "~/components/forms";

/** The fields shared by scheduling and changing a gathering, with their errors and typed values. */
export function GatheringFields({ values, errors, timeZone, capacityHint }: {
  values: Record<string, string>; errors: Record<string, string>; timeZone: string; capacityHint: string;
}) {
  return (
    <>
      <Field label="Title" name="title" required defaultValue={values.title} error={errors.title} />
      <Field label={`Starts (${timeZone})`} name="startsLocal" type="datetime-local" required defaultValue={values.startsLocal} error={errors.startsLocal} hint={`In the circle's time zone, ${timeZone}. Each member sees it in their own.`} />
      <Field label={`Ends (${timeZone})`} name="endsLocal" type="datetime-local" required defaultValue={values.endsLocal} error={errors.endsLocal} />
      <Field label="Online link" name="onlineUrl" type="url" defaultValue={values.onlineUrl} error={errors.onlineUrl} hint="For an online gathering, the meeting link (https://…). Give a link, a place, or both." />
      <Field label="Place" name="place" defaultValue={values.place} error={errors.place} hint="For an in-person gathering. Only members see it." />
      <Field label="Capacity (optional)" name="capacity" inputMode="numeric" defaultValue={values.capacity} error={errors.capacity} hint={capacityHint} />
    </>
  );
}
