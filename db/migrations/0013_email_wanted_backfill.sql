-- Notifications still waiting for email when this release arrives were created by people who wanted
-- email at the time (their preference is not "off"); keep emailing those, as before the upgrade.
UPDATE "notifications" n SET "email_wanted" = true
FROM "users" u
WHERE u."id" = n."user_id" AND n."emailed_at" IS NULL AND u."email_preference" <> 'off';
