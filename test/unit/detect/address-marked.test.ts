// Addresses whose parts carry marker words (Russian, Ukrainian, Kazakh, Bulgarian order), street types
// from maintained data (@mapbox/geocoder-abbreviations) and a Turkish "No:" house number. All data invented.
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { hasStreetType, isStreetLike } from '../../../src/core/detect/detectors/address/street';
import { segmentsOf } from '../../../src/core/detect/detectors/address/segments';
import { run } from '../../support/detect';

function best(body: string, url: string, lang: string) {
  return run(addressDetector, body, { url, lang }).record.address?.value ?? null;
}

describe('addresses written part by marked part', () => {
  it('reads the largest-first order: code, region, marked town, street, house', () => {
    expect(best('<p>Склад: 123456, Тверская область, г. Озёрск, Лесное шоссе, владение 7Б</p>', 'https://les.example.ru/kontakty.html', 'ru')).toMatchObject({
      street: 'Лесное шоссе, владение 7Б',
      postalCode: '123456',
      city: 'Озёрск',
      country: 'RU',
    });
  });

  it('reads a town without its marker between the region and the street', () => {
    expect(best('<p>Юридический адрес</p><p>654321, Тверская область, Озёрск, улица Садовая, 12А</p>', 'https://sad.example/', 'ru')).toMatchObject({
      street: 'улица Садовая, 12А',
      postalCode: '654321',
      city: 'Озёрск',
    });
  });

  it('reads an address whose lines a <br> splits, even inside the street name', () => {
    expect(best('<p>Полтавська обл.,<br>м. Лубни, <br>вул. Зелена<br>алея, 4В</p>', 'https://zelena.example/kontakty.html', 'uk')).toMatchObject({
      street: 'вул. Зелена алея, 4В',
      city: 'Лубни',
      postalCode: null,
    });
  });

  it('reads the registered address out of a footer line of requisites and leaves the floor out', () => {
    const v = best('<div>ТОО «Пример» · БИН 123456789012 · Юр. адрес: 050000, г. Алматы, Медеуский р-н, ул. Примерная, 8, 2 этаж</div>', 'https://primer.example.kz/', 'ru');
    expect(v).toMatchObject({ street: 'ул. Примерная, 8', postalCode: '050000', city: 'Алматы', country: 'KZ' });
  });

  it('reads the smallest-first order: street, house, town, country, code', () => {
    expect(best('<p>Речная улица, 5, Тамбов, Россия, 392000</p>', 'https://reka.example/', 'ru')).toMatchObject({ street: 'Речная улица, 5', city: 'Тамбов', postalCode: '392000' });
  });

  it('takes no sentence, requisites line or street without a town for an address', () => {
    expect(best('<p>ИНН 7700000000, КПП 770001001, р/с 40702810000000000000</p>', 'https://req.example/', 'ru')).toBeNull();
    expect(best('<p>Мы работаем на ул. Садовой уже 5 лет, звоните</p>', 'https://sad.example/', 'ru')).toBeNull();
  });
});

describe('street types from maintained data', () => {
  it('knows street types of many languages; a three-letter one needs its dot or a house number', () => {
    expect(hasStreetType('Atatürk Caddesi')).toBe(true);
    expect(hasStreetType('Güneş Cad No:12')).toBe(true);
    expect(hasStreetType('Güneş Cad')).toBe(false);
    expect(hasStreetType('Estrada do Carmo')).toBe(true);
    expect(hasStreetType('Λεωφορος Αθηνων')).toBe(true);
    expect(isStreetLike('Rua do Sol')).toBe(true);
  });

  it('does not take everyday words for street types', () => {
    expect(hasStreetType('Auto Service Canada')).toBe(false);
    expect(hasStreetType('All rights reserved')).toBe(false);
  });

  it('reads "No:" before a Turkish house number as part of the street, not as a label', () => {
    expect(segmentsOf('Yalı, Güneş Cad No:12/3, 35000 Konak/İzmir').map((s) => s.value)).toEqual(['Yalı', 'Güneş Cad No:12/3', '35000 Konak/İzmir']);
    expect(best('<p>Adres</p><p>Yalı, Güneş Cad No:12/3, 35310 Güzelbahçe/İzmir</p>', 'https://gunes.example/iletisim.html', 'tr')).toMatchObject({
      street: 'Güneş Cad No:12/3',
      postalCode: '35310',
      city: 'İzmir',
    });
  });
});

describe('postal codes and towns as other countries write them', () => {
  it('reads the code after the Greek "Τ.Κ." label and records a Baltic code without its country letters', () => {
    expect(best('<p>Διεύθυνση: Ερμού 12, Τ.Κ. 10563 Αθήνα</p>', 'https://ermou.example/epikoinonia.html', 'el')).toMatchObject({ street: 'Ερμού 12', postalCode: '10563', city: 'Αθήνα' });
    expect(best('<p>Liepų g. 4, Kaunas LT-45181</p>', 'https://liepu.example.lt/', 'lt')).toMatchObject({ postalCode: '45181', city: 'Kaunas' });
  });

  it('files the city after the slash of a Turkish "district/province", the town before it elsewhere', () => {
    expect(best('<p>Adres: Deniz Cad No:5, 35310 Güzelbahçe/İzmir</p>', 'https://deniz.example.com.tr/', 'tr')).toMatchObject({ city: 'İzmir' });
    expect(best('<p>Kaiserweg 4</p><p>63067 Offenbach/Frankfurt am Main</p>', 'https://kaiser.example.de/', 'de')).toMatchObject({ city: 'Offenbach' });
  });
});
