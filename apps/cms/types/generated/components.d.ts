import type { Schema, Struct } from '@strapi/strapi';

export interface ContactChannel extends Struct.ComponentSchema {
  collectionName: 'components_contact_channels';
  info: {
    description: 'A phone number, mobile, WhatsApp number or e-mail of an office.';
    displayName: 'Contact channel';
    icon: 'phone';
  };
  attributes: {
    kind: Schema.Attribute.Enumeration<
      ['phone', 'mobile', 'whatsapp', 'email']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'phone'>;
    person: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    value: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface ScheduleOpeningHours extends Struct.ComponentSchema {
  collectionName: 'components_schedule_opening_hours';
  info: {
    description: 'Opening hours of a place on one weekday.';
    displayName: 'Opening hours';
    icon: 'clock';
  };
  attributes: {
    closes: Schema.Attribute.Time & Schema.Attribute.Required;
    opens: Schema.Attribute.Time & Schema.Attribute.Required;
    weekday: Schema.Attribute.Enumeration<
      [
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'saturday',
        'sunday',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface SchedulePresence extends Struct.ComponentSchema {
  collectionName: 'components_schedule_presences';
  info: {
    description: 'When and where a mediator is present.';
    displayName: 'Presence';
    icon: 'calendar';
  };
  attributes: {
    closes: Schema.Attribute.Time & Schema.Attribute.Required;
    opens: Schema.Attribute.Time & Schema.Attribute.Required;
    place: Schema.Attribute.Relation<'oneToOne', 'api::place.place'>;
    weekday: Schema.Attribute.Enumeration<
      [
        'monday',
        'tuesday',
        'wednesday',
        'thursday',
        'friday',
        'saturday',
        'sunday',
      ]
    > &
      Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'contact.channel': ContactChannel;
      'schedule.opening-hours': ScheduleOpeningHours;
      'schedule.presence': SchedulePresence;
    }
  }
}
