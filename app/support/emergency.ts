// Emergency numbers for the countries whose support lines we list. Review with lines.ts.
export type EmergencyNumbers = {
  /** Numbers in the order a person should try them. */
  numbers: string[];
  note: string;
};

// Keyed by the same countries as lines.ts, which checks it against its own list.
export const EMERGENCY_BY_COUNTRY = {
  NZ: { numbers: ["111"], note: "Call 111 for police, ambulance or fire if someone is in immediate danger." },
  AU: { numbers: ["000"], note: "Call 000 for police, ambulance or fire if someone is in immediate danger." },
  CA: { numbers: ["911"], note: "Call 911 if someone is in immediate danger." },
  US: { numbers: ["911"], note: "Call 911 if someone is in immediate danger." },
  GB: { numbers: ["999", "112"], note: "Call 999 (or 112) if someone is in immediate danger, or go to A&E." },
  IE: { numbers: ["112", "999"], note: "Call 112 or 999 if someone is in immediate danger, or go to an emergency department." },
  ZA: { numbers: ["10177", "112"], note: "Call 10177 for an ambulance, or 112 from a mobile phone, if someone is in immediate danger." },
  FR: { numbers: ["15", "112"], note: "Appelez le 15 (SAMU) ou le 112 si une personne est en danger immédiat." },
} satisfies Record<string, EmergencyNumbers>;
