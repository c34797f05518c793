/** The password of every demo account (demo mode only, never in production). */
export const DEMO_PASSWORD = "Demo-Digitess-2026";
