import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { tick } from "svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CardInfo } from "../../ipc/bindings/CardInfo";
import type { HandoverPreview } from "../../ipc/bindings/HandoverPreview";
import type { OfficeCard } from "../../ipc/bindings/OfficeCard";
import type { TrustedCard } from "../../ipc/bindings/TrustedCard";
import HandoverForm from "./HandoverForm.svelte";
import OfficeCardPanel from "./OfficeCardPanel.svelte";
import ReceiveHandover from "./ReceiveHandover.svelte";
import TrustListPanel from "./TrustListPanel.svelte";

const card: OfficeCard = {
  format: "avr-office-card/2",
  office: "Rome",
  officer: "Omar Haddad",
  age_recipient: "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
  signing_key: "ab".repeat(32),
  created: "2026-12-03",
  expires: "2028-12-03",
  fingerprint: "3f2a 91c0 7b4e d816",
  self_signature: "cd".repeat(64),
};
const info: CardInfo = { card, text: JSON.stringify(card, null, 2), file_name: "Rome.avrcard", days_left: 730 };
const noRenewal = { replaces: null, refused: null };
const trusted = (over: Partial<TrustedCard> = {}): TrustedCard => ({
  fingerprint: card.fingerprint,
  office: "Rome",
  officer: "Omar Haddad",
  added_at: Date.UTC(2026, 11, 3),
  expires: "2028-12-03",
  expired: false,
  revoked_at: null,
  renewed_from: null,
  ...over,
});

/** Every IPC call made, in order, with its arguments. */
let calls: { cmd: string; args: Record<string, unknown> }[] = [];
function backend(answers: Record<string, (args: Record<string, unknown>) => unknown>) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    return answers[cmd]?.((args ?? {}) as Record<string, unknown>) ?? null;
  });
}
const called = (cmd: string) => calls.filter((c) => c.cmd === cmd);

async function settle() {
  for (let i = 0; i < 5; i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 0));
  }
}

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  clearMocks();
});

describe("office card", () => {
  it("shows the office, the fingerprint in four groups read left to right, and how long the card is valid", async () => {
    backend({ identity_card: () => info });
    render(OfficeCardPanel);
    await settle();
    expect(screen.getByTestId("card-office").textContent).toBe("Rome");
    const fp = screen.getByTestId("card-fingerprint");
    expect(fp.getAttribute("dir"), "a fingerprint reads left to right in Arabic too").toBe("ltr");
    expect([...fp.querySelectorAll(".group")].map((g) => g.textContent), "four groups to read aloud").toEqual([
      "3f2a",
      "91c0",
      "7b4e",
      "d816",
    ]);
    expect(screen.getByTestId("card-valid").textContent, "the expiry is shown").toMatch(/2028/);
  });

  it("draws the QR code from path data only, and says so when a card is too long for one", async () => {
    backend({ identity_card: () => info });
    render(OfficeCardPanel);
    await settle();
    await fireEvent.click(screen.getByTestId("card-qr-toggle"));
    const svg = screen.getByTestId("card-qr");
    const path = svg.querySelector("path")?.getAttribute("d") ?? "";
    expect(path, "dark modules as squares of one path").toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    expect(svg.querySelectorAll("*").length, "nothing but the background and the path").toBe(2);
    cleanup();

    backend({ identity_card: () => ({ ...info, card: { ...card, office: "R".repeat(4000) } }) });
    render(OfficeCardPanel);
    await settle();
    await fireEvent.click(screen.getByTestId("card-qr-toggle"));
    expect(screen.queryByTestId("card-qr"), "no QR for a card that does not fit").toBeNull();
    expect(screen.getByTestId("card-qr-too-long").textContent).toContain("too long for a QR code");
  });
});

describe("renewing the office card", () => {
  it("warns within 60 days of the expiry and once expired, and not before", async () => {
    backend({ identity_card: () => ({ ...info, days_left: 61 }) });
    render(OfficeCardPanel);
    await settle();
    expect(screen.queryByTestId("card-renew-notice"), "61 days left: no notice yet").toBeNull();
    cleanup();

    backend({ identity_card: () => ({ ...info, days_left: 60 }) });
    render(OfficeCardPanel);
    await settle();
    expect(screen.getByTestId("card-renew-notice").textContent, "60 days left: renew now").toMatch(/expires in 60 days.*Renew it now/s);
    cleanup();

    backend({ identity_card: () => ({ ...info, days_left: -3 }) });
    render(OfficeCardPanel);
    await settle();
    expect(screen.getByTestId("card-renew-notice").textContent, "expired: offices can no longer send cases").toMatch(/expired on.*no longer send you cases/s);
  });

  it("explains what renewing does and renews only after the confirmation, then shows the new fingerprint", async () => {
    const renewed: CardInfo = { ...info, card: { ...card, fingerprint: "aaaa bbbb cccc dddd", created: "2028-11-01", expires: "2030-11-01" }, days_left: 730 };
    backend({ identity_card: () => ({ ...info, days_left: 30 }), renew_identity: () => renewed });
    render(OfficeCardPanel);
    await settle();
    await fireEvent.click(screen.getByTestId("card-renew"));
    const confirm = screen.getByTestId("card-renew-confirm").textContent ?? "";
    expect(confirm, "the new fingerprint must be shared again").toMatch(/fingerprint changes/);
    expect(confirm, "packages sent to the old card still open, until its expiry").toMatch(/still open here until/);
    expect(called("renew_identity"), "the first click only asks").toHaveLength(0);
    await fireEvent.click(screen.getByTestId("card-renew-yes"));
    await settle();
    expect(called("renew_identity")).toHaveLength(1);
    expect(screen.getByTestId("card-fingerprint").textContent?.replace(/\s/g, ""), "the new card is shown").toBe("aaaabbbbccccdddd");
    expect(screen.queryByTestId("card-renew-notice"), "two years left: the notice is gone").toBeNull();
  });
});

describe("trust list", () => {
  it("takes a verified renewal of a trusted card without a comparison, and says which card it replaced", async () => {
    const renewedCard = { ...card, fingerprint: "aaaa bbbb cccc dddd" };
    let list: TrustedCard[] = [trusted()];
    backend({
      trusted_cards: () => list,
      read_card: () => renewedCard,
      card_renewal: () => ({ replaces: trusted(), refused: null }),
      trust_card: () => {
        list = [trusted({ fingerprint: renewedCard.fingerprint, renewed_from: card.fingerprint })];
        return list[0];
      },
    });
    render(TrustListPanel);
    await settle();
    await fireEvent.input(screen.getByTestId("trust-paste"), { target: { value: "renewed card" } });
    await fireEvent.click(screen.getByTestId("trust-read"));
    await settle();
    expect(screen.queryByTestId("trust-compare"), "no phone comparison for a verified renewal").toBeNull();
    expect(screen.getByTestId("trust-renewal").textContent).toMatch(
      /Rome's card was renewed: new fingerprint aaaa bbbb cccc dddd, signed by the card you trusted \(3f2a 91c0 7b4e d816\)/,
    );
    await fireEvent.click(screen.getByTestId("trust-renewal-accept"));
    await settle();
    expect(called("trust_card")[0]?.args.text).toBe("renewed card");
    expect(screen.getAllByTestId("trusted-card"), "replaced, not added").toHaveLength(1);
  });

  it("shows why a renewal statement is refused and falls back to the fingerprint comparison", async () => {
    backend({
      trusted_cards: () => [trusted({ revoked_at: 1 })],
      read_card: () => ({ ...card, fingerprint: "aaaa bbbb cccc dddd" }),
      card_renewal: () => ({ replaces: null, refused: "it renews the card 3f2a 91c0 7b4e d816 (Rome), which was revoked" }),
    });
    render(TrustListPanel);
    await settle();
    await fireEvent.input(screen.getByTestId("trust-paste"), { target: { value: "renewed card" } });
    await fireEvent.click(screen.getByTestId("trust-read"));
    await settle();
    expect(screen.getByTestId("trust-renewal-refused").textContent).toMatch(/revoked/);
    expect(screen.getByTestId("trust-compare-fingerprint"), "the usual comparison is asked").toBeTruthy();
  });


  it("shows a pasted card's fingerprint to compare before trusting it, and trusts exactly that text", async () => {
    let list: TrustedCard[] = [];
    backend({
      trusted_cards: () => list,
      read_card: () => card,
      card_renewal: () => noRenewal,
      trust_card: () => {
        list = [trusted()];
        return list[0];
      },
    });
    render(TrustListPanel);
    await settle();
    await fireEvent.input(screen.getByTestId("trust-paste"), { target: { value: info.text } });
    await fireEvent.click(screen.getByTestId("trust-read"));
    await settle();
    expect(called("trust_card"), "reading a card does not trust it").toHaveLength(0);
    expect(screen.getByTestId("trust-compare").textContent, "the officer is named, to call").toContain("Omar Haddad");
    expect(screen.getByTestId("trust-compare-fingerprint").textContent?.replace(/\s/g, "")).toBe("3f2a91c07b4ed816");
    await fireEvent.click(screen.getByTestId("trust-confirm"));
    await settle();
    expect(called("trust_card")[0]?.args.text, "the text that was read is the text trusted").toBe(info.text);
    const rows = screen.getAllByTestId("trusted-card");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent, "office, officer and expiry are listed").toMatch(/Rome.*Omar Haddad.*valid until/s);
  });

  it("revokes a card only after a second, explicit confirmation, and shows expired and revoked cards as such", async () => {
    let list = [trusted(), trusted({ fingerprint: "1111 2222 3333 4444", office: "Tunis", expired: true, expires: "2025-01-01" })];
    backend({
      trusted_cards: () => list,
      revoke_card: (a) => {
        list = [trusted({ revoked_at: Date.UTC(2026, 11, 4) }), list[1]!];
        return { ...trusted(), fingerprint: a.fingerprint };
      },
    });
    render(TrustListPanel);
    await settle();
    expect(screen.getAllByTestId("trusted-card")[1]?.textContent, "an expired card says so").toMatch(/expired on/);
    await fireEvent.click(screen.getAllByTestId("trust-revoke")[0]!);
    expect(called("revoke_card"), "the first click only asks").toHaveLength(0);
    await fireEvent.click(screen.getByTestId("trust-revoke-yes"));
    await settle();
    expect(called("revoke_card")[0]?.args.fingerprint).toBe(card.fingerprint);
    expect(screen.getAllByTestId("trusted-card")[0]?.textContent, "the revoked card stays listed").toMatch(/revoked on/);
  });
});

describe("handing a case over", () => {
  it("sends to the recipients ticked on the trust list, leaving out revoked and expired cards", async () => {
    backend({
      trusted_cards: () => [trusted(), trusted({ fingerprint: "9999 8888 7777 6666", revoked_at: 1 })],
      handover_send: () => ({ path: "/tmp/AVR-2026-0001.avrcase", case_number: "AVR-2026-0001", recipients: "Rome (Omar Haddad, 3f2a 91c0 7b4e d816)", bytes: 9000, millis: 20 }),
    });
    let sent = 0;
    render(HandoverForm, { props: { caseId: 7, onsent: () => sent++ } });
    await settle();
    expect(screen.getAllByTestId("handover-recipient"), "a revoked card cannot be chosen").toHaveLength(1);
    expect((screen.getByTestId("handover-run") as HTMLButtonElement).disabled, "nobody chosen yet").toBe(true);
    await fireEvent.click(screen.getByTestId("handover-recipient"));
    await fireEvent.click(screen.getByTestId("handover-run"));
    await settle();
    expect(called("handover_send")[0]?.args).toEqual({ id: 7, to: { kind: "cards", fingerprints: [card.fingerprint] } });
    expect(sent, "the case screen is told, to show the case read-only").toBe(1);
    expect(screen.getByTestId("handover-sent").textContent).toContain("read-only here");
  });

  it("offers a one-off passphrase, typed twice, when no card can receive", async () => {
    backend({ trusted_cards: () => [], handover_send: () => null });
    render(HandoverForm, { props: { caseId: 7, onsent: () => {} } });
    await settle();
    expect((screen.getByTestId("handover-to-passphrase") as HTMLInputElement).checked).toBe(true);
    await fireEvent.input(screen.getByTestId("handover-passphrase"), { target: { value: "told by phone 42" } });
    await fireEvent.input(screen.getByTestId("handover-passphrase-again"), { target: { value: "told by phone 4" } });
    expect((screen.getByTestId("handover-run") as HTMLButtonElement).disabled, "two different passphrases").toBe(true);
    await fireEvent.input(screen.getByTestId("handover-passphrase-again"), { target: { value: "told by phone 42" } });
    await fireEvent.click(screen.getByTestId("handover-run"));
    await settle();
    expect(called("handover_send")[0]?.args.to).toEqual({ kind: "passphrase", passphrase: "told by phone 42" });
  });
});

describe("receiving a handover", () => {
  const preview: HandoverPreview = {
    file: "AVR-2026-0001.avrcase",
    sender: { office: "Lampedusa", officer: "Lena Ortiz", fingerprint: "aaaa bbbb cccc dddd", trust: "unknown" },
    made_at: Date.UTC(2026, 11, 3, 10),
    case_number: "AVR-2026-0001",
    status: "Open",
    stage: "screening",
    stage_title: "Screening",
    workflow: "AVR case v3",
    principal: "Yusuf Haddad",
    household: 2,
    answers: 14,
    notes: 1,
    consents_given: 1,
    consents_withdrawn: 1,
    overrides: ["Trafficking referral"],
    returning: false,
  };

  it("shows the sender and what the case carries, and needs the fingerprint compared for an unknown sender", async () => {
    backend({
      handover_open: () => preview,
      handover_receive: () => ({ record: { summary: { id: 3, case_number: "AVR-2026-0001" } } }),
    });
    let received: [number, string] | null = null;
    render(ReceiveHandover, { props: { onclose: () => {}, onreceived: (id: number, n: string) => (received = [id, n]) } });
    await tick();
    await fireEvent.click(screen.getByTestId("receive-pick"));
    await settle();
    expect(screen.getByTestId("receive-sender").textContent).toBe("Lena Ortiz");
    expect(screen.getByTestId("receive-fingerprint").getAttribute("dir")).toBe("ltr");
    expect(screen.getByTestId("receive-file").getAttribute("dir"), "a file name reads left to right").toBe("ltr");
    expect(screen.getByTestId("receive-household").textContent).toBe("2 persons");
    expect(screen.getByTestId("receive-consents").textContent).toBe("1 given, 1 withdrawn");
    expect(screen.getByTestId("receive-overrides").textContent).toContain("Trafficking referral");
    const save = screen.getByTestId("receive-save") as HTMLButtonElement;
    expect(save.disabled, "an unknown sender is not saved on one click").toBe(true);
    await fireEvent.click(screen.getByTestId("receive-compared"));
    expect(save.disabled).toBe(false);
    await fireEvent.click(save);
    await settle();
    expect(called("handover_receive")[0]?.args).toEqual({ passphrase: null, confirmUnknownSender: true });
    expect(received).toEqual([3, "AVR-2026-0001"]);
  });

  it("saves a trusted sender's package without the comparison, and never confirms an unknown sender for it", async () => {
    backend({
      handover_open: () => ({ ...preview, sender: { ...preview.sender, trust: "trusted" } }),
      handover_receive: () => ({ record: { summary: { id: 4, case_number: "AVR-2026-0001" } } }),
    });
    render(ReceiveHandover, { props: { onclose: () => {}, onreceived: () => {} } });
    await tick();
    await fireEvent.click(screen.getByTestId("receive-pick"));
    await settle();
    expect(screen.queryByTestId("receive-compared"), "nothing to tick for a card on the trust list").toBeNull();
    await fireEvent.click(screen.getByTestId("receive-save"));
    await settle();
    expect(called("handover_receive")[0]?.args.confirmUnknownSender).toBe(false);
  });
});
