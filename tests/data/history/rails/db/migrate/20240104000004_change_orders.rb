class ChangeOrders < ActiveRecord::Migration[7.1]
  def change
    change_table :orders do |t|
      t.decimal :total, precision: 10, scale: 2
      t.remove :legacy_total
      t.rename :state, :status
      t.references :customer, polymorphic: true
      t.index :status
    end

    create_table :order_notes do |t|
      t.text :body
    end

    reversible do |dir|
      dir.up do
        execute <<~SQL
          ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);
        SQL
      end
      dir.down do
        execute "ALTER TABLE orders DROP CONSTRAINT orders_total_positive"
        remove_column :orders, :never_in_up
      end
    end
  end
end
