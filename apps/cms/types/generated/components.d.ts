import type { Schema, Struct } from '@strapi/strapi';

export interface ContactChannel extends Struct.ComponentSchema {
  collectionName: 'components_contact_channels';
  info: {
    description: 'A phone number, mobile, WhatsApp number or e-mail of an office.';
    displayName: 'Contact channel';
    icon: 'phone';
  };
  attributes: {
    e164: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 16;
      }>;
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

export interface ScheduleClosure extends Struct.ComponentSchema {
  collectionName: 'components_schedule_closures';
  info: {
    description: 'A day or a range of days when a place is closed or by appointment only: all day or some hours.';
    displayName: 'Closure';
    icon: 'calendar';
  };
  attributes: {
    endDate: Schema.Attribute.Date;
    fromTime: Schema.Attribute.Time;
    kind: Schema.Attribute.Enumeration<['closed', 'byAppointment']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'closed'>;
    reason: Schema.Attribute.Enumeration<
      [
        'publicHoliday',
        'localFeast',
        'agencyClosure',
        'strike',
        'weather',
        'works',
        'other',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'agencyClosure'>;
    startDate: Schema.Attribute.Date & Schema.Attribute.Required;
    toTime: Schema.Attribute.Time;
  };
}

export interface ScheduleExcludedDate extends Struct.ComponentSchema {
  collectionName: 'components_schedule_excluded_dates';
  info: {
    description: 'A date left out of a recurring event.';
    displayName: 'Excluded date';
    icon: 'calendar';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
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
    byAppointment: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
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

export interface ScheduleRecurrence extends Struct.ComponentSchema {
  collectionName: 'components_schedule_recurrences';
  info: {
    description: 'How an event repeats: converted to an RFC 5545 rule (RRULE) for calendars.';
    displayName: 'Recurrence';
    icon: 'repeat';
  };
  attributes: {
    count: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 400;
          min: 1;
        },
        number
      >;
    exceptions: Schema.Attribute.Component<'schedule.excluded-date', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
        },
        number
      >;
    frequency: Schema.Attribute.Enumeration<['daily', 'weekly', 'monthly']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'weekly'>;
    friday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    interval: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 52;
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    monday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    monthlyPosition: Schema.Attribute.Enumeration<
      ['sameDay', 'first', 'second', 'third', 'fourth', 'last']
    > &
      Schema.Attribute.DefaultTo<'sameDay'>;
    saturday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    sunday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    thursday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    tuesday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    until: Schema.Attribute.Date;
    wednesday: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'contact.channel': ContactChannel;
      'schedule.closure': ScheduleClosure;
      'schedule.excluded-date': ScheduleExcludedDate;
      'schedule.opening-hours': ScheduleOpeningHours;
      'schedule.presence': SchedulePresence;
      'schedule.recurrence': ScheduleRecurrence;
    }
  }
}
