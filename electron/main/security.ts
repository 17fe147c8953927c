import { app, session, type WebContents } from 'electron';

/**
 * Process-wide refusals: no navigation away from the app, no new windows, no webviews,
 * no permission (camera, microphone, notifications, ...) granted to any page.
 */
export function hardenAllContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
