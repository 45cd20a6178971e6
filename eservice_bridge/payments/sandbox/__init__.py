"""The local sandbox payment gateway (a simulated bank: gateway, its pages, its signature scheme)
and the adapter that talks to it like a real provider's."""
