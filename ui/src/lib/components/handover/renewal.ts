// When Settings asks the officer to renew this laptop's office card: within 60 days of its last good day
// (`RENEW_NOTICE_DAYS` in core::api), or once it has expired. `daysLeft` is CardInfo.days_left: 0 on the last
// good day, negative after it.
export const RENEW_NOTICE_DAYS = 60;

export type RenewalNotice = "expired" | "soon" | null;

export function renewalNotice(daysLeft: number): RenewalNotice {
  if (daysLeft < 0) return "expired";
  return daysLeft <= RENEW_NOTICE_DAYS ? "soon" : null;
}
