/**
 * A polite live region for screen readers, in its own shadow root so page CSS cannot hide it.
 * Created on first use: pages where Recoupe finds nothing get no extra element.
 */
export class LiveRegion {
  private region: HTMLElement | undefined;

  say(text: string): void {
    if (!this.region?.isConnected) {
      const host = document.createElement('recoupe-live');
      const shadow = host.attachShadow({ mode: 'open' });
      const region = document.createElement('div');
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.style.cssText = 'position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;';
      shadow.append(region);
      (document.body ?? document.documentElement).append(host);
      this.region = region;
    }
    // Changing the text (not the node) is what screen readers announce.
    this.region.textContent = text;
  }
}
