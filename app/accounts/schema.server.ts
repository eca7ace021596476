import { z } from "zod";

// Shared by the forms and the server. Password strength is checked on the server (zxcvbn, with the person's own email and name).
export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.org." }))
  .transform((v) => v.toLowerCase());

export const SignUpSchema = z.object({
  email: emailField,
  displayName: z
    .string({ error: "Enter the name you would like others to see." })
    .trim()
    .min(1, "Enter the name you would like others to see.")
    .max(80, "Use at most 80 characters for your name."),
  password: z.string({ error: "Choose a password." }).min(1, "Choose a password."),
});

export const SignInSchema = z.object({
  email: emailField,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password."),
  redirectTo: z.string().optional(),
});

export const ForgotSchema = z.object({ email: emailField });

export const ResetSchema = z
  .object({
    token: z.string().min(1),
    password: z.string({ error: "Choose a new password." }).min(1, "Choose a new password."),
    confirm: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });

export const ChangePasswordSchema = z
  .object({
    current: z.string({ error: "Enter your current password." }).min(1, "Enter your current password."),
    password: z.string({ error: "Choose a new password." }).min(1, "Choose a new password."),
    confirm: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });

export type { FieldErrors } from "~/utils/forms";
