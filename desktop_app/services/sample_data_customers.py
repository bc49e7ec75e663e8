"""Sample customers and the units they bought: who brings each sample claim in, and with which unit."""

from __future__ import annotations

import datetime as dt
import random

from desktop_app.core.vocabulary import CustomerKind
from desktop_app.services.sample_data_catalogue import Catalogue
from desktop_app.services.sample_data_names import CITY_WEIGHTS, address, company_name, landline, mobile, person_name
from desktop_app.services.sample_data_support import Record

HISTORY_DAYS = 6 * 365 + 1  # sales and claims spread over the last six years


class CustomerMaker:
    """Customers come back with units they own; new ones get phone numbers and serials no one has yet.

    Every draw comes from the claim maker's ``rng``, in the order the claims are made: the same seed
    gives the same customers and units."""

    def __init__(self, rng: random.Random, catalogue: Catalogue, today: dt.date, serials: set[str],
                 phones: set[str]) -> None:
        self.rng = rng
        self.cat = catalogue
        self.min_sale = today - dt.timedelta(days=HISTORY_DAYS)
        self.serials = serials
        self.phones = phones
        self.companies: list[Record] = []
        self.persons: list[Record] = []
        self.product_weights = [p.weight for p in catalogue.products]

    def customer(self, t0: dt.datetime, added: list[Record]) -> Record:
        """Who brings the claim made at ``t0``; a new customer is appended to ``added`` too."""
        rng = self.rng
        # About one customer per 1.5 claims; companies come back more often.
        if (self.companies or self.persons) and rng.random() < 0.34:
            companies = self.companies and (not self.persons or rng.random() < 0.55)
            pool = self.companies if companies else self.persons
            return rng.choice(pool)
        company = rng.random() < 0.3
        city = rng.choices(list(CITY_WEIGHTS), weights=list(CITY_WEIGHTS.values()))[0]
        contact = person_name(rng)
        record: Record = {
            "kind": CustomerKind.COMPANY if company else CustomerKind.PERSON,
            "name": company_name(rng, city) if company else contact,
            "contact_person": contact if company else None, "phone": self._phone(),
            "phone2": landline(rng, city) if company else (self._phone() if rng.random() < 0.1 else None),
            "city": city, "address": address(rng, city, company),
            "is_key_customer": company and rng.random() < 0.3, "note": None, "created_at": t0,
            "row_version": 1, "_units": [],
        }
        (self.companies if company else self.persons).append(record)
        added.append(record)
        return record

    def _phone(self) -> str:
        while (phone := mobile(self.rng)) in self.phones:
            pass
        self.phones.add(phone)
        return phone

    def serial(self, prefix: str, year: int) -> str:
        """A serial number no unit has yet: ``prefix``, the sale year's two digits, six random ones."""
        while (serial := f"{prefix}{year % 100:02d}{self.rng.randrange(10**6):06d}") in self.serials:
            pass
        self.serials.add(serial)
        return serial

    def unit(self, customer: Record, t0: dt.datetime, day: dt.date, pending_return: bool,
             added: list[Record]) -> tuple[Record, bool]:
        """The unit claimed for on ``day``, and whether the customer brings back one they own; units newly
        sold (a company buys several at once) are appended to ``added``."""
        rng = self.rng
        company = customer["kind"] is CustomerKind.COMPANY
        free = [u for u in customer["_units"]
                if u["_free_at"] is not None and u["_free_at"] < t0 and not u.get("_replaced")]
        if free and not pending_return and rng.random() < (0.5 if company else 0.3):
            return rng.choice(free), True
        product = rng.choices(self.cat.products, weights=self.product_weights)[0]
        gap = rng.randint(2, 25) if pending_return else self._sale_gap()
        sale = max(day - dt.timedelta(days=gap), self.min_sale)
        invoice = f"{rng.randrange(10**8):08d}"
        registered, kept_sale = False, sale
        roll = 0.0 if pending_return else rng.random()
        if roll > 0.94:  # no invoice and nothing registered: paid repair unless overridden (W10)
            invoice, kept_sale = None, None
        elif roll > 0.88:  # no invoice, but the dealer registered the sale for this serial (W10)
            invoice, registered = None, True
        received = None
        if kept_sale is not None and rng.random() < 0.5:  # sold by this centre: its receipt date (D11)
            received = kept_sale - dt.timedelta(days=rng.randint(0, 3) if gap <= 10 else rng.randint(4, 45))
        base = {"product_id": product.id, "@customer": customer, "sale_date": kept_sale, "invoice_no": invoice,
                "sale_registered": registered, "centre_received_date": received, "created_at": t0,
                "row_version": 1, "_product": product, "_owner": customer}
        siblings = rng.randint(1, 5) if company and rng.random() < 0.4 else 0  # a company buys several
        units = [{**base, "serial": self.serial(product.serial_prefix, sale.year),
                  "_free_at": t0 if i else None} for i in range(1 + siblings)]
        customer["_units"].extend(units)
        added.extend(units)
        return units[0], False

    def _sale_gap(self) -> int:
        roll = self.rng.random()
        if roll < 0.08:
            return self.rng.randint(0, 30)  # W2
        if roll < 0.33:
            return self.rng.randint(31, 365)  # W3
        if roll < 0.68:
            return self.rng.randint(366, 1095)  # W4
        return self.rng.randint(1096, HISTORY_DAYS)  # W4 (industrial) or W5
