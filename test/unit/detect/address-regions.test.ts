// Towns followed by their province, state or region (ISO 3166-2 first-level names from iso-3166), a
// locality between street and code, and a house number written before the street. All data invented.
import { describe, expect, it } from 'vitest';
import { addressDetector } from '../../../src/core/detect/detectors/address';
import { isSubdivisionOf, subdivisionCountries } from '../../../src/core/names/subdivisions';
import { run } from '../../support/detect';

function best(body: string, url: string, lang: string) {
  return run(addressDetector, body, { url, lang }).record.address?.value ?? null;
}

describe('first-level subdivisions', () => {
  it('knows provinces and states by their ISO 3166-2 names', () => {
    expect([...(subdivisionCountries('Pichincha') ?? [])]).toEqual(['EC']);
    expect(isSubdivisionOf('Sumatera Selatan', ['ID'])).toBe(true);
    expect(isSubdivisionOf('Kelantan', ['DE'])).toBe(false);
    expect(isSubdivisionOf('Kelantan', [])).toBe(true);
    // A province's second-level districts are not first-level names.
    expect(isSubdivisionOf('Tangerang', ['ID'])).toBe(false);
  });
});

describe('a town written before its province', () => {
  it('takes the town, not the province, after the street', () => {
    const page = '<a href="https://wa.me/+593990000001">WhatsApp</a><h3>Ubicación</h3><p>Av. 10 de Agosto y Río Coca N24-18, Quito, Pichincha</p>';
    expect(best(page, 'https://clinica.example.com/', 'es')).toMatchObject({
      street: 'Av. 10 de Agosto y Río Coca N24-18',
      city: 'Quito',
    });
  });
  it('keeps a province-named town after a slash or glued to its country', () => {
    expect(best('<p>Adres: Çınar Sk. No:4</p><p>Bağcılar / İstanbul</p>', 'https://firma.example.com.tr/', 'tr')).toMatchObject({ city: 'İstanbul' });
    expect(best('<p>Domicilio: Jr. Las Rosas N° 10, Santiago de Surco, Lima-Peru.</p>', 'https://estudio.example/', 'es')).toMatchObject({ city: 'Lima' });
  });
  it('reads the town above a province line under a locality line', () => {
    expect(best('<h3>Alamat</h3><p>Jl. Merdeka No. 7<br>5 Ilir, IT I, Palembang,<br>Sumatera Selatan</p><p>Telp: +62 711 555 0101</p>', 'https://tambang.example.co.id/', 'id')).toMatchObject({
      street: 'Jl. Merdeka No. 7',
      city: 'Palembang',
    });
  });
  it('skips the province between the town and a postal code standing alone', () => {
    expect(best('<p>Gedung Sinar, Jl. Raya Serpong Blok 2/5, Tangerang - Banten, 15810</p>', 'https://hukum.example.com/', 'id')).toMatchObject({
      postalCode: '15810',
      city: 'Tangerang',
    });
  });
});

describe('segments between the street and the code', () => {
  it('skips a locality and keeps the house number written before the street', () => {
    expect(best('<p>Alamat Pejabat</p><p>41, Jalan Mawar 3/2, Taman Melati, 15200 Kota Bharu, Kelantan.</p>', 'https://bina.example.com.my/', 'ms')).toMatchObject({
      street: '41, Jalan Mawar 3/2',
      postalCode: '15200',
      city: 'Kota Bharu',
    });
  });
});

describe('a town named like its state, with the country after it', () => {
  it('keeps the town before the country, not the district before the town', () => {
    expect(best('<h4>Address</h4><p>12 Adeola Street, Off Herbert Road, Yaba, Lagos, Nigeria</p>', 'https://firm.example.com/', 'en')).toMatchObject({ city: 'Lagos' });
  });
});

describe('addresses whose first segment is not the street', () => {
  it('reads the town first when its marker announces it', () => {
    expect(best('<h2>Контакти</h2><ul><li>гр. Варна, ул. „Охрид“ 7</li><li>0888 000 111</li></ul>', 'https://studio.example.com/', 'bg')).toMatchObject({
      street: 'ул. „Охрид“ 7',
      city: 'Варна',
    });
  });
  it('skips an estate or building before the street under an address label', () => {
    expect(best('<p><strong>Alamat:</strong> Kawasan Gudang Sentosa, Jl. Kenari Blok C7, Cibitung, Kabupaten Bekasi</p>', 'https://kirim.example.com/', 'id')).toMatchObject({
      street: 'Jl. Kenari Blok C7',
      city: 'Kabupaten Bekasi',
    });
  });
  it('takes a house number before the street name under an address label', () => {
    expect(best('<p><strong>Địa chỉ</strong></p><p>14B Lê Lợi, phường Bến Thành, Huế</p>', 'https://phongkham.example.com/', 'vi')).toMatchObject({
      street: '14B Lê Lợi',
      city: 'Huế',
    });
  });
  it('does not read a bare number-first line without a label', () => {
    expect(best('<p>12 Monkeys, Twelve Angry Men, Oscar</p>', 'https://films.example.com/', 'en')).toBeNull();
  });
});
