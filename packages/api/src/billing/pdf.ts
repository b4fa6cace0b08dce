import PDFDocument from "pdfkit";

import { formatMoney } from "./money";

export interface InvoicePdfInput {
  kind: "invoice" | "receipt";
  number: string;
  status: string;
  practiceName: string;
  practiceAddress: string;
  patientName: string;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  refundedMinor: number;
  balanceMinor: number;
  issuedAt: Date | null;
  dueDate: string;
  timeZone: string;
  lines: { description: string; quantity: number; unitPriceMinor: number; amountMinor: number }[];
  movements: { kind: string; method: string; amountMinor: number; occurredAt: Date }[];
}

const methodLabel: Record<string, string> = {
  card: "Card",
  cash: "Cash",
  card_terminal: "Card terminal",
  insurance: "Insurance",
};

/**
 * An invoice, or a receipt of what was paid on it, as a PDF (standard fonts: nothing to download).
 * `compress` off only for tests that read the text back.
 */
export function renderInvoicePdf(
  input: InvoicePdfInput,
  { compress = true }: { compress?: boolean } = {},
): Promise<Buffer> {
  const title =
    input.kind === "invoice" ? `Invoice ${input.number}` : `Receipt for invoice ${input.number}`;
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    compress,
    info: { Title: title, Author: "RESQ" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  const money = (minor: number) => formatMoney(minor, input.currency);
  const day = (date: Date) =>
    new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: input.timeZone }).format(
      date,
    );

  doc.font("Helvetica-Bold").fontSize(20).text(title);
  doc.font("Helvetica").fontSize(10).fillColor("#444444");
  doc.text(input.practiceName);
  if (input.practiceAddress) doc.text(input.practiceAddress);
  doc.moveDown();
  doc.fillColor("#000000").fontSize(11);
  doc.text(`Billed to: ${input.patientName}`);
  if (input.issuedAt) doc.text(`Issued: ${day(input.issuedAt)}`);
  doc.text(`Due: ${input.dueDate}`);
  doc.text(`Status: ${input.status}`);
  doc.moveDown();

  doc.font("Helvetica-Bold").fontSize(13).text("Items");
  doc.font("Helvetica").fontSize(11);
  for (const line of input.lines)
    doc.text(
      `${line.quantity} × ${line.description} at ${money(line.unitPriceMinor)}: ${money(line.amountMinor)}`,
    );
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").text(`Total: ${money(input.totalMinor)}`);
  doc.moveDown();

  doc
    .font("Helvetica-Bold")
    .fontSize(13)
    .text(input.kind === "receipt" ? "Payments received" : "Payments");
  doc.font("Helvetica").fontSize(11);
  if (input.movements.length === 0) doc.text("None yet.");
  for (const m of input.movements) {
    const what = m.kind === "refund" ? "Refund" : `Payment (${methodLabel[m.method] ?? m.method})`;
    doc.text(
      `${day(m.occurredAt)}: ${what} ${m.kind === "refund" ? "−" : ""}${money(m.amountMinor)}`,
    );
  }
  doc.moveDown(0.5);
  doc.text(`Paid: ${money(input.paidMinor)}`);
  if (input.refundedMinor > 0) doc.text(`Refunded: ${money(input.refundedMinor)}`);
  doc.font("Helvetica-Bold").text(`Balance due: ${money(input.balanceMinor)}`);
  doc.end();
  return done;
}
