/**
 * Receipts: what a member takes home from the kiosk, independent of any printer
 * ({@link id.kiosmandiri.receipt.ReceiptDocument}), laid out in the fixed columns of a thermal roll
 * (48 on 80 mm paper, 32 on 58 mm) and rendered three ways from that one layout: ESC/POS bytes for the
 * printer, a PDF page as long as the roll, and an HTML fragment for the screen. What each receipt says (balance
 * slip, yearly statement, proof of payment) is built by {@code ReceiptContents} from the services the screens use,
 * in the member's language. The UI
 * ({@code receipt.ui}) uses {@link id.kiosmandiri.receipt.HtmlReceipt} and a
 * {@link id.kiosmandiri.receipt.ReceiptPrinter}.
 */
package id.kiosmandiri.receipt;
