import { Field, Select } from "~/components/forms";

/**
 * The fields shared by scheduling and changing a gathering, with their errors and typed values. A
 * facilitator whose own time zone differs from the circle's may type the times in either; the gathering
 * page then shows them converted to the circle's zone.
 */
export function GatheringFields({
  values,
  errors,
  timeZone,
  ownZone,
  capacityHint,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  timeZone: string;
  ownZone: string;
  capacityHint: string;
}) {
  const choice = ownZone !== timeZone;
  const zoneLabel = choice ? "" : ` (${timeZone})`;
  return (
    <>
      <Field label="Title" name="title" required defaultValue={values.title} error={errors.title} />
      {choice ? (
        <Select
          label="The times below are in"
          name="inputZone"
          defaultValue={values.inputZone || timeZone}
          error={errors.inputZone}
          hint="Type the times in whichever zone is easier. They are saved in the circle's zone, and each member sees them in their own."
          options={[
            { value: timeZone, label: `The circle's time zone (${timeZone})` },
            { value: ownZone, label: `Your time zone (${ownZone})` },
          ]}
        />
      ) : null}
      <Field
        label={`Starts${zoneLabel}`}
        name="startsLocal"
        type="datetime-local"
        required
        defaultValue={values.startsLocal}
        error={errors.startsLocal}
        hint={choice ? undefined : `In the circle's time zone, ${timeZone}. Each member sees it in their own.`}
      />
      <Field label={`Ends${zoneLabel}`} name="endsLocal" type="datetime-local" required defaultValue={values.endsLocal} error={errors.endsLocal} />
      <Field
        label="Online link"
        name="onlineUrl"
        type="url"
        defaultValue={values.onlineUrl}
        error={errors.onlineUrl}
        hint="For an online gathering, the meeting link (https://…). Give a link, a place, or both."
      />
      <Field label="Place" name="place" defaultValue={values.place} error={errors.place} hint="For an in-person gathering. Only members see it." />
      <Field label="Capacity (optional)" name="capacity" inputMode="numeric" defaultValue={values.capacity} error={errors.capacity} hint={capacityHint} />
    </>
  );
}
