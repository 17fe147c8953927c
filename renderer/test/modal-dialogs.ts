/**
 * jsdom has no modal dialogs: gives `<dialog>` the `showModal` and `close` the confirm dialog
 * calls, opening and closing it, which is all the component tests need. Call in `beforeAll`.
 */
export function stubModalDialogs(): void {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
}
