// The widths a page is checked at: a phone's (an iPhone 12 to 15, 390 CSS pixels) and a desktop's.
export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly deviceScaleFactor: number;
  readonly isMobile: boolean;
  readonly hasTouch: boolean;
}

export const PHONE: Viewport = { name: 'phone', width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP: Viewport = { name: 'desktop', width: 1280, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
export const VIEWPORTS: readonly Viewport[] = [PHONE, DESKTOP];
