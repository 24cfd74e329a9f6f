import { CONTENT_IMAGE_SIZES, responsiveImage, type ImageSource } from '@/lib/media/responsive-image';

/**
 * An image from the CMS in the size the screen needs: srcset from Strapi's formats, width and height
 * so the page does not shift while it loads, lazy unless it is at the top of the page.
 */
export function ResponsiveImage({
  image,
  sizes = CONTENT_IMAGE_SIZES,
  eager = false,
}: {
  image: ImageSource;
  sizes?: string;
  eager?: boolean;
}) {
  const attributes = responsiveImage(image);
  if (!attributes) return null;
  return (
    // A plain <img>: media come through the portal's own /uploads route in Strapi's own sizes.
    <img
      src={attributes.src}
      srcSet={attributes.srcSet}
      sizes={attributes.srcSet ? sizes : undefined}
      width={attributes.width}
      height={attributes.height}
      alt={attributes.alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
